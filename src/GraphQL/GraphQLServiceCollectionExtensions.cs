using EventAgents.Application.Chats.Replying;
using EventAgents.GraphQL.Auth;
using EventAgents.Platform.EventStore;
using EventAgents.Projections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EventAgents.GraphQL;

/// <summary>The GraphQL API's registrations.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The product's GraphQL API (<see cref="ProductGraphQL"/>): API keys in <paramref name="schema"/> (their table is created or
    /// upgraded when the host starts), the resolvers' <see cref="ProductApi"/> over the event store, the read models
    /// (<see cref="ProjectionsServiceCollectionExtensions.AddProjections"/>) and the host's <see cref="IChatReplies"/>.
    /// <see cref="ProductGraphQLOptions"/> says how the host runs steps.
    /// </summary>
    public static IServiceCollection AddProductGraphQL(this IServiceCollection services, string schema = "eventagents")
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ProductGraphQLOptions>();
        services.TryAddSingleton(sp => new ApiKeys(sp.GetRequiredService<NpgsqlDataSource>(), schema, sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<ApiKeysMigration>();
        services.TryAddSingleton(sp => new ProductApi(
            sp.GetRequiredService<EventStore>(), sp.GetRequiredService<ProjectionDaemon>(), sp.GetRequiredService<ApiKeys>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IChatReplies>())
        {
            Server = sp.GetRequiredService<IOptions<ProductGraphQLOptions>>().Value.Server,
        });
        services.TryAddSingleton<ProductGraphQL>();
        return services;
    }

    private sealed class ApiKeysMigration(ApiKeys keys) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => keys.MigrateAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
