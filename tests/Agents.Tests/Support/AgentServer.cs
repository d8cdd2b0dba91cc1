using EventAgents.Application;
using EventAgents.Application.Agents.Commanding;
using EventAgents.Application.Chats;
using EventAgents.Application.Chats.Commanding;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Runs;
using EventAgents.Application.Runs.Starting;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Chats;
using EventAgents.Domain.Runs;
using EventAgents.Engine;
using EventAgents.Engine.AgentApi;
using EventAgents.Engine.Chats;
using EventAgents.Engine.Models;
using EventAgents.Engine.Runners.LocalProcess;
using EventAgents.Engine.Runs;
using EventAgents.Engine.Secrets;
using EventAgents.Host.Hosting;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;
using EventAgents.Platform.Postgres;
using EventAgents.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EventAgents.Agents.Tests.Support;

/// <summary>
/// The server's agent and chat side, composed from ProductServer's registrations over a fresh PostgreSQL database and a home
/// directory of its own (<see cref="ServerHome"/>: llm.json, secrets, step-token key): the agent API on Kestrel, an engine node with agents
/// (and command steps, in the agent's command mode) as real child processes, the chat node, and every log line captured to be searched.
/// </summary>
public sealed class AgentServer : IAsyncDisposable
{
    private WebApplication app = null!;

    private AgentServer(string home) => Home = home;

    public string Home { get; }

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public EventStore Store => app.Services.GetRequiredService<EventStore>();

    public ServerModels Models { get; private set; } = null!;

    public SecretRedactor Redactor { get; private set; } = null!;

    /// <summary>The chat replies of this node, over a <see cref="PostgresBroadcast{TItem}"/> as ProductServer has them.</summary>
    public ChatReplies Replies => app.Services.GetRequiredService<ChatReplies>();

    public ChatResponder Responder => app.Services.GetRequiredService<ChatResponder>();

    /// <summary>The server's log: its HTTP host's logging and the lines it writes itself, redacted as ProductServer does.</summary>
    public CapturedLog ServerLog { get; } = new();

    /// <summary>The agents' standard output and error, line by line, as the runner reads them.</summary>
    public CapturedLog AgentOutput { get; } = new();

    /// <summary>Starts with <paramref name="llmJson"/> as the home's llm.json (none when null).</summary>
    public static async Task<AgentServer> StartAsync(string? llmJson, Action<string>? prepareHome = null)
    {
        var server = new AgentServer(Path.Combine(Path.GetTempPath(), "eventagents-agents-" + Guid.NewGuid().ToString("N")[..8]));
        Directory.CreateDirectory(server.Home);
        if (llmJson is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(server.Home, ModelProviders.FileName), llmJson);
        }

        prepareHome?.Invoke(server.Home);
        await server.StartCoreAsync();
        return server;
    }

    private async Task StartCoreAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync("agents");
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        var settings = new HostSettings(ConnectionString, Home, "eventagents", TimeSpan.FromSeconds(30));
        var home = await ServerHome.OpenAsync(settings, ConnectionString, TimeProvider.System, CancellationToken.None);
        (Models, Redactor) = (home.Models, home.Redactor);
        var agents = new StepRunnerFactory<LocalProcessStepRunner>(
            sink => new LocalProcessStepRunner(new LocalProcessRunnerOptions(), sink, TimeProvider.System, AgentOutput.For<LocalProcessStepRunner>()));

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(new RedactingProvider(ServerLog, Redactor)).SetMinimumLevel(LogLevel.Debug);
        home.AddTo(builder.Services.AddSingleton(DataSource))
            .AddEventAgentsEventStore()
            .AddApplicationCommands()
            .AddPostgresQueue()
            .AddEngine(engine => engine.WorkspaceRoot = Path.Combine(Home, "workspaces"))
            .AddChat()
            .AddSingleton<IStepRunnerFactory>(agents);
        app = builder.Build();
        app.MapAgentApi();
        await app.StartAsync();
    }

    public Task CreateAgentAsync(string agentId, string model, string persona) =>
        app.Services.GetRequiredService<AgentCommands>().HandleAsync(
            new CreateAgent(agentId, agentId, persona, model, ["run_command"], DateTimeOffset.UtcNow), new CommandContext("tests"), CancellationToken.None);

    public async Task<string> StartRunAsync(string yaml)
    {
        var parsed = PipelineYaml.Parse(yaml);
        Assert.True(parsed.Definition is not null, string.Join("\n", parsed.Errors.Select(e => e.ToString())));
        var (runId, error) = await app.Services.GetRequiredService<RunStarter>().StartAsync(
            "project-1", "pipeline-1", 1, parsed.Definition!, new Dictionary<string, string>(), "tests", CancellationToken.None);
        Assert.True(error is null, error?.Message);
        return runId!;
    }

    public async Task<Run> WaitForRunAsync(string runId, Func<Run, bool> condition, string what)
    {
        var run = Run.Initial;
        await Eventually.TrueAsync(
            async () => condition(run = (await Store.LoadAsync(RunStreams.Id(runId), Run.Initial, RunStreams.Evolve)).State),
            TimeSpan.FromSeconds(90), $"{what}; the run is {run.Status} with {string.Join(", ", run.Steps.Values.Select(s => $"{s.StepId}={s.Status}"))}\n{AgentOutput.Text}");
        return run;
    }

    public async Task<string> StartChatAsync(string agentId)
    {
        var sessionId = "chat-" + Guid.NewGuid().ToString("N")[..8];
        var started = await app.Services.GetRequiredService<ChatCommands>().HandleAsync(
            new StartChatSession(sessionId, agentId, "ada", null, DateTimeOffset.UtcNow), new CommandContext("ada"), CancellationToken.None);
        Assert.Null(started.Error);
        return sessionId;
    }

    public async Task PostAsync(string sessionId, string messageId, string text)
    {
        var posted = await app.Services.GetRequiredService<ChatCommands>().HandleAsync(
            new PostUserMessage(sessionId, messageId, "ada", text, DateTimeOffset.UtcNow), new CommandContext("ada"), CancellationToken.None);
        Assert.Null(posted.Error);
    }

    public async Task<ChatSession> WaitForReplyAsync(string sessionId, string messageId)
    {
        var session = ChatSession.Initial;
        await Eventually.TrueAsync(
            async () => (session = await LoadChatAsync(sessionId)).Message(ChatReplyIds.ReplyTo(messageId)) is not null,
            TimeSpan.FromSeconds(30), $"the reply to {messageId}");
        return session;
    }

    public async Task<ChatSession> LoadChatAsync(string sessionId) =>
        (await Store.LoadAsync(ChatStreams.Id(sessionId), ChatSession.Initial, ChatStreams.Evolve)).State;

    /// <summary>
    /// Every row of every table of the database as JSON text: all streams' events with their data and metadata, snapshots,
    /// command results, checkpoints, and the message queue with its dead letters.
    /// </summary>
    public async Task<string> EverythingStoredAsync()
    {
        var tables = new List<string>();
        await using (var list = DataSource.CreateCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables " +
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains(tables, t => t.EndsWith(".mt_events", StringComparison.Ordinal));
        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var command = DataSource.CreateCommand($"SELECT row_to_json(t)::text FROM {table} t");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add($"{table}: {reader.GetString(0)}");
            }
        }

        return string.Join('\n', rows);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await DataSource.DisposeAsync();
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The server's log provider: lines pass the redactor on their way out, as ProductServer's log does.</summary>
    private sealed class RedactingProvider(CapturedLog log, SecretRedactor redactor) : ILoggerProvider
    {
        private readonly CapturedLog inner = new();

        public ILogger CreateLogger(string categoryName) => new Redacting(log, redactor, categoryName);

        public void Dispose() => inner.Dispose();

        private sealed class Redacting(CapturedLog log, SecretRedactor redactor, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Write(redactor.Redact($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}"));
        }
    }
}
