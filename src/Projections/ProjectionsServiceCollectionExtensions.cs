using EventAgents.Platform.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace EventAgents.Projections;

/// <summary>The read models' registrations.</summary>
public static class ProjectionsServiceCollectionExtensions
{
    /// <summary>
    /// The read models in <paramref name="schema"/> (the event store's): their reader and the <see cref="ProjectionDaemon"/> of
    /// <see cref="ReadModels.All"/>, which a host runs (<see cref="ProjectionsService"/>) after creating or upgrading their tables.
    /// </summary>
    public static IServiceCollection AddProjections(this IServiceCollection services, string schema = "eventagents")
    {
        services.TryAddSingleton(sp => new ReadModelReader(sp.GetRequiredService<NpgsqlDataSource>(), schema));
        services.TryAddSingleton(sp => new ProjectionDaemon(sp.GetRequiredService<EventStore>(), sp.GetRequiredService<ReadModelReader>(), ReadModels.All()));
        services.AddHostedService(sp => new ProjectionsService(sp.GetRequiredService<ProjectionDaemon>(), sp.GetRequiredService<NpgsqlDataSource>(), schema));
        return services;
    }
}
