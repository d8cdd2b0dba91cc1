using System.Diagnostics;
using System.Globalization;
using EventAgents.Application;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Runs;
using EventAgents.Application.Runs.Starting;
using EventAgents.Bench.Engine;
using EventAgents.Domain.Runs;
using EventAgents.Engine;
using EventAgents.Engine.Runs;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;
using EventAgents.Platform.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

// The engine benchmark: N concurrent runs of a 5-step pipeline whose agent completes each step at once.
// With --rate R the runs start R per second instead of all at once.
// Handoff latency: from a step's completion being appended to the next step's start being appended, both stamped by
// the same clock. The engine starts a queued step in the completion's own append when it can, so this is often 0.
// Engine time per step: from a step's start to its completion being appended, with an agent that takes no time:
// the launch message, the agent's report and the decision, including any wait in the queue.
// Usage: dotnet run -c Release --project bench/Engine [-- --runs 1000] [--rate 40] [--concurrency 32] [--gaps x] [--profile x]
var runs = int.Parse(Arg("--runs") ?? "1000", CultureInfo.InvariantCulture);
const string pipeline = """
    name: five-steps
    steps:
      - {id: one, type: agent, agent: a, prompt: go}
      - {id: two, type: agent, agent: a, prompt: go}
      - {id: three, type: agent, agent: a, prompt: go}
      - {id: four, type: agent, agent: a, prompt: go}
      - {id: five, type: agent, agent: a, prompt: go}
    """;

var folder = Path.Combine(Path.GetTempPath(), "eventagents-bench-engine-pg");
if (Directory.Exists(folder))
{
    Directory.Delete(folder, recursive: true);
}

var profile = Arg("--profile") is not null;
var cluster = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions
{
    DataDirectory = folder,
    Database = "bench",
    Settings = profile ? new Dictionary<string, string> { ["shared_preload_libraries"] = "pg_stat_statements" } : new Dictionary<string, string>(),
}, Console.WriteLine, CancellationToken.None);
await using var dataSource = NpgsqlDataSource.Create(cluster.ConnectionString);
if (profile)
{
    await using var extension = dataSource.CreateCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await extension.ExecuteNonQueryAsync();
}

// The engine as the server registers it, with the instant agent for a runner, no workspaces, no board work and no web server.
var agents = new StepRunnerFactory<InstantAgent>(sink => new InstantAgent(sink));
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Services.AddSingleton(dataSource)
    .AddEventAgentsEventStore()
    .AddApplicationCommands()
    .AddPostgresQueue()
    .AddEngine(engine =>
    {
        engine.AgentApiUrl = new Uri("http://127.0.0.1:9");
        engine.Concurrency = int.Parse(Arg("--concurrency") ?? "32", CultureInfo.InvariantCulture);
        engine.BoardWork = false;
    })
    .AddSingleton<IWorkspaces, NoWorkspaces>()
    .AddSingleton<IStepRunnerFactory>(agents);
var host = builder.Build();
await host.StartAsync();
var store = host.Services.GetRequiredService<EventStore>();
var engineNode = host.Services.GetRequiredService<EngineNodeService>();
var node = engineNode.Node!;
var agent = agents.Current!;

var definition = PipelineYaml.Parse(pipeline).Definition!;
var starter = host.Services.GetRequiredService<RunStarter>();
Console.WriteLine($"Starting {runs} runs of a 5-step pipeline on {Environment.ProcessorCount} cores...");
var started = Stopwatch.StartNew();
var ids = new string[runs];
if (Arg("--rate") is { } rateText)
{
    // Paced: runs start at a steady rate, so the engine is measured below its capacity rather than behind a backlog.
    var interval = TimeSpan.FromSeconds(1 / double.Parse(rateText, CultureInfo.InvariantCulture));
    await Parallel.ForEachAsync(Enumerable.Range(0, runs), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
    {
        var wait = interval * i - started.Elapsed;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, ct);
        }

        ids[i] = (await starter.StartAsync("bench", "five-steps", 1, definition, new Dictionary<string, string>(), "bench", ct)).RunId!;
    });
}
else
{
    await Parallel.ForEachAsync(Enumerable.Range(0, runs), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        ids[i] = (await starter.StartAsync("bench", "five-steps", 1, definition, new Dictionary<string, string>(), "bench", ct)).RunId!);
}

var finished = await WaitForAllAsync(ids, TimeSpan.FromMinutes(10));
var elapsed = started.Elapsed;
await engineNode.StopNodeAsync(CancellationToken.None);
Console.WriteLine($"Worker: {node.Worker.Handled} messages handled, {node.Worker.Failed} handler failures{(node.Worker.LastError is { } error ? $" (last: {error.GetType().Name}: {error.Message})" : "")}.");

await agent.DrainAsync();
var handoffs = agent.Handoffs.ToList();
var engineTimes = new List<double>();
long steps = 0;
foreach (var id in ids)
{
    var events = (await store.ReadStreamAsync(RunStreams.Id(id))).ToList();
    for (var i = 0; i < events.Count; i++)
    {
        if (events[i].Data is StepStarted startedStep)
        {
            var completed = events.Skip(i + 1).FirstOrDefault(e => e.Data is StepCompleted c && c.StepId == startedStep.StepId);
            if (completed is not null)
            {
                engineTimes.Add((completed.Timestamp - events[i].Timestamp).TotalMilliseconds);
            }
        }

        if (events[i].Data is StepCompleted)
        {
            steps++;
        }
    }
}

if (Arg("--timeline") is not null)
{
    var first = await store.ReadStreamAsync(RunStreams.Id(ids[0]));
    foreach (var e in first)
    {
        Console.WriteLine($"{(e.Timestamp - first[0].Timestamp).TotalMilliseconds,8:0.0} ms  {e.EventType}");
    }
}

if (profile)
{
    // Where the database's time went, by statement.
    await using var top = dataSource.CreateCommand(
        "SELECT calls, round(total_exec_time::numeric, 1), round(mean_exec_time::numeric, 3), left(regexp_replace(query, '\\s+', ' ', 'g'), 110) " +
        "FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15");
    await using var reader = await top.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        Console.WriteLine($"{reader.GetInt64(0),8} calls {reader.GetDecimal(1),9} ms total {reader.GetDecimal(2),8} ms mean  {reader.GetString(3)}");
    }
}

if (Arg("--gaps") is not null)
{
    // Mean time between consecutive event types over all runs: where a handoff spends its time.
    var gaps = new Dictionary<string, List<double>>();
    foreach (var id in ids)
    {
        var events = await store.ReadStreamAsync(RunStreams.Id(id));
        for (var i = 1; i < events.Count; i++)
        {
            var key = $"{events[i - 1].EventType} -> {events[i].EventType}";
            (gaps.TryGetValue(key, out var list) ? list : gaps[key] = []).Add((events[i].Timestamp - events[i - 1].Timestamp).TotalMilliseconds);
        }
    }

    foreach (var (key, list) in gaps.OrderByDescending(g => g.Value.Average()))
    {
        Console.WriteLine($"{list.Average(),8:0.0} ms mean over {list.Count,5}  {key}");
    }
}

handoffs.Sort();
engineTimes.Sort();
Console.WriteLine();
Console.WriteLine("| measurement | value | target | met |");
Console.WriteLine("|---|---|---|---|");
Console.WriteLine($"| runs completed | {finished} of {runs} | all | {(finished == runs ? "yes" : "NO")} |");
Console.WriteLine($"| handoffs measured | {handoffs.Count} of {runs * 4} | all | {(handoffs.Count == runs * 4 ? "yes" : "NO")} |");
Console.WriteLine($"| handoff p50 (an agent's completion report accepted -> the next step's launch handed to the runner) | {Percentile(50):0.00} ms | <= 20 ms | {(Percentile(50) <= 20 ? "yes" : "NO")} |");
Console.WriteLine($"| handoff p99 | {Percentile(99):0.00} ms | <= 100 ms | {(Percentile(99) <= 100 ? "yes" : "NO")} |");
Console.WriteLine($"| engine time per step p50 (step started appended -> completion appended; the agent itself takes no time) | {Of(engineTimes, 50):0.00} ms | | |");
Console.WriteLine($"| engine time per step p99 | {Of(engineTimes, 99):0.00} ms | | |");
Console.WriteLine($"| steps/s (all runs, first start to last completion) | {steps / elapsed.TotalSeconds:0} | | |");
Console.WriteLine($"| wall time | {elapsed.TotalSeconds:0.0} s | | |");

await host.StopAsync();
await ((IAsyncDisposable)host).DisposeAsync();
await dataSource.DisposeAsync();
NpgsqlConnection.ClearAllPools();
await cluster.StopAsync();

double Percentile(double p) => Of(handoffs, p);

static double Of(List<double> sorted, double p) =>
    sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

async Task<int> WaitForAllAsync(string[] runIds, TimeSpan timeout)
{
    var deadline = Stopwatch.StartNew();
    var done = new HashSet<string>();
    while (deadline.Elapsed < timeout)
    {
        foreach (var id in runIds.Where(id => !done.Contains(id)))
        {
            var run = await store.LoadAsync(RunStreams.Id(id), Run.Initial, RunStreams.Evolve);
            if (run.State.Status is RunStatus.Completed or RunStatus.Failed)
            {
                done.Add(id);
            }
        }

        if (done.Count == runIds.Length)
        {
            break;
        }

        await Task.Delay(200);
    }

    return done.Count;
}

string? Arg(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
