using EventAgents.Application.Agents.Commanding;
using EventAgents.Application.Boards.Commanding;
using EventAgents.Application.Boards.Creating;
using EventAgents.Application.Chats.Commanding;
using EventAgents.Application.Common;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Pipelines.Loading;
using EventAgents.Application.Projects.Commanding;
using EventAgents.Application.Runs.Commanding;
using EventAgents.Application.Runs.Starting;
using EventAgents.Platform.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace EventAgents.Application;

/// <summary>The application's registrations: the event store and the command services over it.</summary>
public static class ApplicationServiceCollectionExtensions
{
    /// <summary>
    /// The event store in <paramref name="schema"/> over the <see cref="NpgsqlDataSource"/> registered by the host, with the
    /// product's event types (<see cref="DomainEventRegistry"/>) and the registered <see cref="TimeProvider"/> (the system
    /// clock unless the host registers another). A host migrates its schema when it starts (<see cref="EventStoreMigration"/>).
    /// </summary>
    public static IServiceCollection AddEventAgentsEventStore(this IServiceCollection services, string schema = "eventagents")
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => DomainEventRegistry.Create());
        services.TryAddSingleton(sp => new EventStore(
            sp.GetRequiredService<NpgsqlDataSource>(),
            sp.GetRequiredService<EventTypeRegistry>(),
            new EventStoreOptions { Schema = schema, Clock = sp.GetRequiredService<TimeProvider>() }));
        services.TryAddSingleton<EventStoreMigration>();
        services.AddHostedService(sp => sp.GetRequiredService<EventStoreMigration>());
        return services;
    }

    /// <summary>The command services over the event store, one entry point per aggregate (<see cref="RunCommands"/>, <see cref="BoardCommands"/>, ...).</summary>
    public static IServiceCollection AddApplicationCommands(this IServiceCollection services)
    {
        services.TryAddSingleton<RunCommands>();
        services.TryAddSingleton<RunStarter>();
        services.TryAddSingleton<PipelineRunStarter>();
        services.TryAddSingleton<PipelineDefiner>();
        services.TryAddSingleton<PipelineLoader>();
        services.TryAddSingleton<ProjectCommands>();
        services.TryAddSingleton<AgentCommands>();
        services.TryAddSingleton<BoardCreator>();
        services.TryAddSingleton<BoardCommands>();
        services.TryAddSingleton<ChatCommands>();
        return services;
    }
}
