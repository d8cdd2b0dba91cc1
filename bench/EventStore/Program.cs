using System.Globalization;
using EventAgents.Bench;
using EventAgents.Bench.EventStore;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Postgres;
using Npgsql;

// The event store benchmark: each figure beside a raw Npgsql baseline doing the same writes or reads into a
// plain table in the same run, on the same (durable, default-settings) PostgreSQL cluster.
// Usage: dotnet run -c Release --project bench/EventStore [-- --seconds 10 --read 1000000 --connection "<npgsql>"]
var seconds = int.Parse(Argument("--seconds") ?? "10", CultureInfo.InvariantCulture);
var readCount = long.Parse(Argument("--read") ?? "1000000", CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(seconds);

EmbeddedPostgres? cluster = null;
var connectionString = Argument("--connection");
if (connectionString is null)
{
    var folder = Path.Combine(Path.GetTempPath(), "eventagents-bench-pg");
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }

    cluster = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataDirectory = folder, Database = "bench" }, Console.WriteLine, CancellationToken.None);
    connectionString = cluster.ConnectionString;
}

await using var dataSource = NpgsqlDataSource.Create(connectionString);
var registry = new EventTypeRegistry().Map<StepOutputAppended>("run.step-output-appended.v1");
await using var store = new EventStore(dataSource, registry, new EventStoreOptions { Schema = "bench_" + Environment.ProcessId });
await store.MigrateAsync();
var raw = new RawBaseline(dataSource);
await raw.CreateTableAsync();
var scenarios = new Scenarios(store, raw, duration);

Console.WriteLine($"Running: {Environment.ProcessorCount} cores, {seconds}s per measurement, PostgreSQL with default durability.");
var (storeBatch, rawBatch) = await scenarios.BatchThroughputAsync();
Console.WriteLine($"(a) done: {storeBatch:N0} vs {rawBatch:N0} events/s");
var (storeLatency, rawLatency) = await scenarios.SingleEventLatencyAsync();
Console.WriteLine("(b) done");
await TopUpAsync();
var (storeRead, rawRead) = await scenarios.ReadThroughputAsync(readCount);
Console.WriteLine("(c) done");
var lags = await scenarios.SubscriptionLagAsync(2000);
Console.WriteLine("(d) done");

var table = new ResultTable("event store", "raw Npgsql", "0.000");
table.Add("(a) 100-event batches, 8 writers", "events/s", storeBatch, rawBatch, $">= 100,000 and >= 0.6x raw", storeBatch >= 100_000 && storeBatch / rawBatch >= 0.6);
table.Add("(b) 1 event/tx, 8 writers: p50", "ms", Stats.Percentile(storeLatency, 50), Stats.Percentile(rawLatency, 50), "<= 1.3x raw",
    Stats.Percentile(storeLatency, 50) <= 1.3 * Stats.Percentile(rawLatency, 50));
table.Add("(b) 1 event/tx, 8 writers: p99", "ms", Stats.Percentile(storeLatency, 99), Stats.Percentile(rawLatency, 99), "", null);
table.Add($"(c) read {readCount:N0} events in order", "events/s", storeRead, rawRead, ">= 0.5x raw", storeRead / rawRead >= 0.5);
table.Add("(d) subscription lag at 2,000 ev/s: p50", "ms", Stats.Percentile(lags, 50), null, "", null);
table.Add("(d) subscription lag at 2,000 ev/s: p99", "ms", Stats.Percentile(lags, 99), null, "<= 20 ms", Stats.Percentile(lags, 99) <= 20);
table.Print(Console.Out);
Console.WriteLine($"(b) samples: {storeLatency.Count:N0} store, {rawLatency.Count:N0} raw; (d) samples: {lags.Count:N0}.");

await store.DisposeAsync();
await dataSource.DisposeAsync();
if (cluster is not null)
{
    NpgsqlConnection.ClearAllPools();
    await cluster.StopAsync();
}

async Task TopUpAsync()
{
    // (c) reads the same number of events from both sides: fill each up to the count with 1,000-event batches.
    var storeCount = (await store.GetSafePositionAsync()).Safe;
    for (var n = 0; storeCount < readCount; n++)
    {
        var result = await store.AppendAsync($"fill-{n % 100}", ExpectedVersion.Any,
            [.. Enumerable.Range(0, 1000).Select(i => (object)Payloads.Event(n, i))]);
        storeCount = result.Positions[^1];
    }

    for (var rawCount = await raw.CountAsync(); rawCount < readCount; rawCount += 1000)
    {
        await raw.InsertBatchAsync($"fill-{rawCount % 100}", rawCount, 1000, 0, CancellationToken.None);
    }
}

string? Argument(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
