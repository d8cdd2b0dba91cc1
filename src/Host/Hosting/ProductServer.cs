using EventAgents.Application.GitHosting;
using EventAgents.Engine.Pulse;
using EventAgents.Application.Common;
using EventAgents.Application.Runs.Commanding;
using EventAgents.Application.Runs.Starting;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.AgentApi;
using EventAgents.GraphQL;
using EventAgents.GraphQL.Auth;
using EventAgents.Engine.Runners.LocalProcess;
using EventAgents.Engine.Runs;
using EventAgents.Engine.Workspaces;
using EventAgents.Engine.Workspaces.GitWorkspaces;
using EventAgents.Platform.EventStore;
using EventAgents.Engine.Chats;
using EventAgents.Engine.Secrets;
using EventAgents.Host.Secrets;
using EventAgents.Platform.Messaging;
using EventAgents.Platform.Postgres;
using EventAgents.Application.Chats.Replying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventAgents.Host.Hosting;

/// <summary>
/// The whole product in one process: the database (embedded unless configured), the event store and queue,
/// the HTTP API (health, agent reports), and an engine node with local agent processes.
/// </summary>
public sealed class ProductServer : IAsyncDisposable
{
    /// <summary>How long a step token lives; an agent waiting for a person's answer gets it renewed while it polls.</summary>
    private static readonly TimeSpan StepTokenLifetime = TimeSpan.FromHours(12);

    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private AgentRunner? _agents;
    private Task _engine = Task.CompletedTask;
    private Task _projections = Task.CompletedTask;
    private Task _chat = Task.CompletedTask;

    private readonly PostgresBroadcast<ChatReplyChunk> _chatReplyBroadcast;

    private ProductServer(Database database, EventStore store, PostgresQueue queue, PostgresBroadcast<ChatReplyChunk> chatReplyBroadcast)
    {
        Database = database;
        Store = store;
        Queue = queue;
        _chatReplyBroadcast = chatReplyBroadcast;
        ChatReplies = new ChatReplies(chatReplyBroadcast);
        Runs = new RunCommands(store);
        Starter = new RunStarter(store, TimeProvider.System);
    }

    public Database Database { get; }

    public EventStore Store { get; }

    public PostgresQueue Queue { get; }

    public RunCommands Runs { get; }

    public RunStarter Starter { get; }

    public Uri Url { get; private set; } = null!;

    /// <summary>The previous version's event store this start upgraded, if the database still had one.</summary>
    public LegacyEventsUpgraded? LegacyEventsUpgraded { get; private init; }

    /// <summary>The GraphQL API at /graphql and the projections that feed it.</summary>
    public ProductGraphQL GraphQL { get; private set; } = null!;

    /// <summary>
    /// Agents' chat replies as they stream, by session (for the <c>chatReplyStream</c> subscription): those of every node
    /// on the database, carried between nodes by NOTIFY.
    /// </summary>
    public ChatReplies ChatReplies { get; }

    public static async Task<ProductServer> StartAsync(HostSettings settings, string urls, Action<string> log, CancellationToken ct)
    {
        var database = await Database.OpenAsync(settings, log, ct).ConfigureAwait(false);
        var store = new EventStore(database.DataSource, DomainEventRegistry.Create(), new EventStoreOptions { Schema = settings.Schema });
        StoreMigration migration;
        try
        {
            // A previous version's events are upgraded here, as by `eventagents migrate`: one transaction, verified, done once.
            migration = await store.MigrateWithReportAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        if (migration.LegacyEvents is { } upgraded)
        {
            log(upgraded.Describe());
        }

        var queue = new PostgresQueue(database.DataSource, new PostgresQueueOptions { Schema = settings.Schema + "_queue", Lease = settings.QueueLease });
        await queue.MigrateAsync(ct).ConfigureAwait(false);
        var chatReplies = new PostgresBroadcast<ChatReplyChunk>(database.DataSource, ChatReplies.NotificationChannel(settings.Schema));
        await chatReplies.StartAsync(ct).ConfigureAwait(false);
        var server = new ProductServer(database, store, queue, chatReplies) { LegacyEventsUpgraded = migration.LegacyEvents };
        await server.StartServicesAsync(settings, urls, log, ct).ConfigureAwait(false);
        return server;
    }

    private async Task StartServicesAsync(HostSettings settings, string urls, Action<string> unredactedLog, CancellationToken ct)
    {
        var clock = TimeProvider.System;
        var bus = EngineNode.CreateBus(Queue, clock);
        var tokens = new StepTokens(StepTokenKey.LoadOrCreate(settings.HomeDirectory), clock);
        var secrets = ServerSecrets.Open(settings.HomeDirectory);
        var models = await ModelProviders.LoadAsync(settings, secrets, ct).ConfigureAwait(false);
        var redactor = secrets.Redactor(models, Database.ConnectionString, tokens);
        var sink = new RedactingReportSink(new EngineReportSink(bus), redactor);
        Action<string> log = text => unredactedLog(redactor.Redact(text));

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders().AddProvider(new RedactedConsoleLogger(redactor)).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IAgentReportSink>(sink);
        builder.Services.AddSingleton(tokens);
        _app = builder.Build();
        _app.MapHealth(Database, Store, () => _agents?.Description);
        _app.MapAgentReports();
        var workspaces = new RunWorkspaces(Path.Combine(settings.HomeDirectory, "workspaces"), new GitCli(), ProjectRepositories.From(Store));
        _app.MapAgentBoardTools(new AgentBoardServices(Store, workspaces, ProjectRepositories.From(Store), new RecordedGitHost(Store, clock), new GitCli(), clock)
        {
            Redactor = redactor,
        });
        _app.MapAgentQuestions(Store, clock, redactor, StepTokenLifetime);
        _app.MapDashboard(log);
        GraphQL = await ProductGraphQL.CreateAsync(Store, settings.Schema, ChatReplies, clock, () => _agents?.Description.ToServerInfo(), e => log($"GraphQL resolver failed: {e.GetType().Name}: {e.Message}"), ct).ConfigureAwait(false);
        await LocalAdminKey.EnsureAsync(GraphQL.Api.Keys, settings.HomeDirectory, log, ct).ConfigureAwait(false);
        GraphQL.Map(_app);
        _projections = GraphQL.RunProjectionsAsync(_stopping.Token);
        await _app.StartAsync(ct).ConfigureAwait(false);
        Url = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        _agents = await AgentRunner.CreateAsync(Store, sink, Url, settings.HomeDirectory, clock, log, ct).ConfigureAwait(false);
        var execution = new StepExecution(Store, workspaces, _agents, new AgentLaunchSettings(Url, tokens, StepTokenLifetime) { Models = models });
        var boardWork = BoardWork.Create(Store, workspaces, ProjectRepositories.From(Store), new RecordedGitHost(Store, clock), clock);
        var node = new EngineNode(Store, Queue, execution, clock, boardWork: boardWork);
        var relaunched = await Reconciliation.RelaunchLostStepsAsync(Store, bus, ct).ConfigureAwait(false);
        if (relaunched > 0)
        {
            log($"Relaunched {relaunched} step(s) that were running when the server stopped.");
        }

        _engine = node.RunAsync(_stopping.Token);
        _chat = new ChatNode(Store, Queue, models, ChatReplies, redactor, clock).RunAsync(_stopping.Token);
    }

    public Task WaitForShutdownAsync(CancellationToken ct) => _app!.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _engine.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _chat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _projections.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_agents is not null)
        {
            await _agents.DisposeAsync().ConfigureAwait(false);
        }

        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        await _chatReplyBroadcast.DisposeAsync().ConfigureAwait(false);
        await Queue.DisposeAsync().ConfigureAwait(false);
        await Store.DisposeAsync().ConfigureAwait(false);
        await Database.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
