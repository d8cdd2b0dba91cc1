using System.Security.Cryptography;
using EventAgents.Application.Chats.Replying;
using EventAgents.Application.GitHosting;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.AgentApi;
using EventAgents.Engine.Chats;
using EventAgents.Engine.Models;
using EventAgents.Engine.Pulse;
using EventAgents.Engine.Runs;
using EventAgents.Engine.Secrets;
using EventAgents.Engine.Workspaces;
using EventAgents.Engine.Workspaces.GitWorkspaces;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;
using EventAgents.Platform.Postgres;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EventAgents.Engine;

/// <summary>
/// The engine's registrations, over the event store and the queue the host registers. A service the host registers itself
/// (before or after) replaces the default: the clock (<see cref="TimeProvider"/>), the step tokens' key (<see cref="StepTokens"/>),
/// the model providers (<see cref="ServerModels"/>), the secrets to mask (<see cref="SecretRedactor"/>), the workspaces.
/// </summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// What the agent API (<see cref="AgentApiEndpoints.MapAgentApi"/>) works with: step tokens (a fresh key for each process
    /// unless the host registers its own), the report sink that hands reports to the engine's queue with secrets masked, the
    /// run workspaces under <see cref="EngineOptions.WorkspaceRoot"/> and the board tools' services, and its own address.
    /// </summary>
    public static IServiceCollection AddAgentApi(this IServiceCollection services, Action<EngineOptions>? configure = null)
    {
        var options = services.AddOptions<EngineOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(SecretRedactor.None);
        services.TryAddSingleton(sp => new StepTokens(RandomNumberGenerator.GetBytes(32), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(new GitCli());
        services.TryAddSingleton<IGitHost, RecordedGitHost>();
        services.TryAddSingleton<IWorkspaces>(sp => new RunWorkspaces(
            Options(sp).WorkspaceRoot ?? throw new InvalidOperationException("EngineOptions.WorkspaceRoot says where the runs' workspaces live."),
            sp.GetRequiredService<GitCli>(), RepositoryOf(sp)));
        services.TryAddSingleton(sp => EngineNode.CreateBus(sp.GetRequiredService<PostgresQueue>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IAgentReportSink>(sp =>
            new RedactingReportSink(new EngineReportSink(sp.GetRequiredService<MessageBus>()), sp.GetRequiredService<SecretRedactor>()));
        services.TryAddSingleton(sp => new AgentBoardServices(
            sp.GetRequiredService<EventStore>(), sp.GetRequiredService<IWorkspaces>(), RepositoryOf(sp),
            sp.GetRequiredService<IGitHost>(), sp.GetRequiredService<GitCli>(), sp.GetRequiredService<TimeProvider>())
        {
            Redactor = sp.GetRequiredService<SecretRedactor>(),
        });
        services.TryAddSingleton(sp => Options(sp).AgentApiUrl is { } url ? AgentApiAddress.Fixed(url) : AgentApiAddress.Of(sp.GetRequiredService<IServer>()));
        return services;
    }

    /// <summary>
    /// The engine: the agent API's services (<see cref="AddAgentApi"/>) and a node (<see cref="EngineNodeService"/>) that runs
    /// pipelines and the board work on the step runner of the host's <see cref="IStepRunnerFactory"/>, which the host registers.
    /// </summary>
    public static IServiceCollection AddEngine(this IServiceCollection services, Action<EngineOptions>? configure = null)
    {
        services.AddAgentApi(configure);
        services.TryAddSingleton(ServerModels.Offline);
        services.TryAddSingleton(sp => BoardWork.Create(
            sp.GetRequiredService<EventStore>(), sp.GetRequiredService<IWorkspaces>(), RepositoryOf(sp),
            sp.GetRequiredService<IGitHost>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<EngineNodeService>();
        services.AddHostedService(sp => sp.GetRequiredService<EngineNodeService>());
        return services;
    }

    /// <summary>
    /// Chat with agents: replies streamed to the subscribers of every node on the database (NOTIFY on the channel of
    /// <paramref name="schema"/>), the <see cref="ChatResponder"/>, and a chat node (<see cref="ChatNodeService"/>).
    /// </summary>
    public static IServiceCollection AddChat(this IServiceCollection services, string schema = "eventagents")
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(SecretRedactor.None);
        services.TryAddSingleton(ServerModels.Offline);
        services.TryAddSingleton(sp => new PostgresBroadcast<ChatReplyChunk>(sp.GetRequiredService<NpgsqlDataSource>(), ChatReplies.NotificationChannel(schema)));
        services.TryAddSingleton(sp => new ChatReplies(sp.GetRequiredService<PostgresBroadcast<ChatReplyChunk>>()));
        services.TryAddSingleton<IChatReplies>(sp => sp.GetRequiredService<ChatReplies>());
        services.TryAddSingleton<ChatResponder>();
        services.TryAddSingleton<ChatNode>();
        services.AddHostedService<ChatNodeService>();
        return services;
    }

    private static EngineOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<EngineOptions>>().Value;

    private static Func<string, CancellationToken, Task<ProjectRepository?>> RepositoryOf(IServiceProvider services) =>
        ProjectRepositories.From(services.GetRequiredService<EventStore>());
}
