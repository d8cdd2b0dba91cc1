using EventAgents.Application;
using EventAgents.Application.Common;
using EventAgents.Application.Runs.Commanding;
using EventAgents.Application.Runs.Starting;
using EventAgents.Engine;
using EventAgents.Engine.AgentApi;
using EventAgents.Engine.Runs;
using EventAgents.GraphQL;
using EventAgents.GraphQL.Auth;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;
using EventAgents.Projections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventAgents.Host.Hosting;

/// <summary>
/// The whole product in one process: the database (embedded unless configured), the event store and queue,
/// the HTTP API (health, agent reports, GraphQL, the dashboard), the projections, and the engine and chat nodes with
/// the runner <see cref="AgentRunner"/> chooses.
/// </summary>
public sealed class ProductServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProductServer(Database database, WebApplication app)
    {
        Database = database;
        _app = app;
    }

    public Database Database { get; }

    public EventStore Store => _app.Services.GetRequiredService<EventStore>();

    public RunCommands Runs => _app.Services.GetRequiredService<RunCommands>();

    public RunStarter Starter => _app.Services.GetRequiredService<RunStarter>();

    public Uri Url => _app.Services.GetRequiredService<AgentApiAddress>().Url;

    /// <summary>The previous version's event store this start upgraded, if the database still had one.</summary>
    public LegacyEventsUpgraded? LegacyEventsUpgraded => _app.Services.GetRequiredService<EventStoreMigration>().Result?.LegacyEvents;

    /// <summary>The GraphQL API at /graphql.</summary>
    public ProductGraphQL GraphQL => _app.Services.GetRequiredService<ProductGraphQL>();

    public static async Task<ProductServer> StartAsync(HostSettings settings, string urls, Action<string> log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        var database = await Database.OpenAsync(settings, log, ct).ConfigureAwait(false);
        WebApplication? app = null;
        try
        {
            var home = await ServerHome.OpenAsync(settings, database.ConnectionString, TimeProvider.System, ct).ConfigureAwait(false);
            Action<string> redactedLog = text => log(home.Redactor.Redact(text));
            app = Build(settings, database, home, urls, redactedLog);

            // In the order registered: the migrations (a previous version's events are upgraded here, as by `eventagents migrate`),
            // the chat node, the projections and the first API key; then the web server; then the engine node.
            await app.StartAsync(ct).ConfigureAwait(false);
            if (app.Services.GetRequiredService<EngineNodeService>().Relaunched is > 0 and var relaunched)
            {
                redactedLog($"Relaunched {relaunched} step(s) that were running when the server stopped.");
            }

            return new ProductServer(database, app);
        }
        catch
        {
            if (app is not null)
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                await app.DisposeAsync().ConfigureAwait(false);
            }

            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static WebApplication Build(HostSettings settings, Database database, ServerHome home, string urls, Action<string> log)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders().AddProvider(new RedactedConsoleLogger(home.Redactor)).SetMinimumLevel(LogLevel.Warning);
        home.AddTo(builder.Services.AddSingleton(database.DataSource))
            .AddEventAgentsEventStore(settings.Schema)
            .AddHostedService(services => new UpgradeReport(services.GetRequiredService<EventStoreMigration>(), log))
            .AddApplicationCommands()
            .AddPostgresQueue(new PostgresQueueOptions { Schema = settings.Schema + "_queue", Lease = settings.QueueLease })
            .AddEngine(engine => engine.WorkspaceRoot = Path.Combine(settings.HomeDirectory, "workspaces"))
            .AddChat(settings.Schema)
            .AddProjections(settings.Schema)
            .AddProductGraphQL(settings.Schema)
            .AddHostedService(services => new FirstAdminKey(services.GetRequiredService<ApiKeys>(), settings.HomeDirectory, log))
            .AddSingleton(services => new AgentRunners(services.GetRequiredService<EventStore>(), settings.HomeDirectory, services.GetRequiredService<TimeProvider>(), log))
            .AddSingleton<IStepRunnerFactory>(services => services.GetRequiredService<AgentRunners>())
            .AddOptions<ProductGraphQLOptions>().Configure<AgentRunners>((graphQL, runners) => graphQL.Server = () => runners.Current?.ToServerInfo());
        var app = builder.Build();
        var runners = app.Services.GetRequiredService<AgentRunners>();
        app.MapHealth(database, app.Services.GetRequiredService<EventStore>(), () => runners.Current);
        app.MapAgentApi();
        app.MapDashboard(log);
        app.Services.GetRequiredService<ProductGraphQL>().Map(app);
        return app;
    }

    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    /// <summary>Stops the engine node (its runner with it) before the web server, chat and projections; then the store and the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await Database.DisposeAsync().ConfigureAwait(false);
    }
}
