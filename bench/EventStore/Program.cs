using System.Globalization;
using EventAgents.Bench;
using EventAgents.Bench.EventStore;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Postgres;
using Npgsql;

// The event store benchmark (issue 13, "Performance"): each figure of the product's path (EventStore.AppendAsync: a Marten
// session in the store's own transaction, with the advisory lock of the safe position and the hash-chain trigger on
// mt_events) beside plain Marten (its own DocumentStore and schema, quick appends, no chain) and raw Npgsql doing the same
// writes or reads into a plain table, in the same run, on the same (durable, default-settings) PostgreSQL cluster.
// Usage: dotnet run -c Release --project bench/EventStore [-- --seconds 10 --read 1000000 --lag-rate 500 --connection "<npgsql>"]
// With --profile it measures instead where the product's append path spends its time beside plain Marten (see Profile).
var seconds = int.Parse(Argument("--seconds") ?? "10", CultureInfo.InvariantCulture);
var readCount = long.Parse(Argument("--read") ?? "1000000", CultureInfo.InvariantCulture);
var lagRate = int.Parse(Argument("--lag-rate") ?? "500", CultureInfo.InvariantCulture);
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
using var marten = new PlainMarten(dataSource, registry, "bench_marten_" + Environment.ProcessId);
await marten.MigrateAsync();
var raw = new RawBaseline(dataSource);
await raw.CreateTableAsync();
var scenarios = new Scenarios(store, marten, raw, duration);
if (args.Contains("--profile"))
{
    await new Profile(dataSource, registry, duration, scenarios.SettleAsync).RunAsync();
    await StopAsync();
    return;
}

Console.WriteLine($"Running: {Environment.ProcessorCount} cores, {seconds}s per measurement, PostgreSQL with default durability.");
var (productBatch, martenBatch, rawBatch) = await scenarios.BatchThroughputAsync();
Console.WriteLine($"(a) done: {productBatch:N0} product, {martenBatch:N0} plain Marten, {rawBatch:N0} raw events/s");
var (productLatency, martenLatency, rawLatency) = await scenarios.SingleEventLatencyAsync();
Console.WriteLine($"(b) done: p50 {Stats.Percentile(productLatency, 50):0.00} product, {Stats.Percentile(martenLatency, 50):0.00} plain Marten, {Stats.Percentile(rawLatency, 50):0.00} raw ms");
await TopUpAsync();
var (productRead, martenRead, rawRead) = await scenarios.ReadThroughputAsync(readCount);
Console.WriteLine("(c) done");
var lags = await scenarios.SubscriptionLagAsync(lagRate);
Console.WriteLine("(d) done");
var broken = await store.VerifyAllAsync();

var table = new SideBySide();
table.Add("(a) 100-event appends, 8 writers", "events/s", productBatch, martenBatch, rawBatch, ">= 0.8x plain Marten", productBatch / martenBatch >= 0.8);
table.Add("(b) 1 event/append to an existing stream, 8 writers: p50", "ms", P(productLatency, 50), P(martenLatency, 50), P(rawLatency, 50),
    "<= 1.2x plain Marten", P(productLatency, 50) <= 1.2 * P(martenLatency, 50));
table.Add("(b) same: p90", "ms", P(productLatency, 90), P(martenLatency, 90), P(rawLatency, 90), "", null);
table.Add("(b) same: p99", "ms", P(productLatency, 99), P(martenLatency, 99), P(rawLatency, 99), "", null);
table.Add($"(c) read {readCount:N0} events in order", "events/s", productRead, martenRead, rawRead, "print beside raw", null);
table.Add($"(d) commit -> own subscription on mt_events at {lagRate:N0} ev/s: p50", "ms", P(lags, 50), null, null, "", null);
table.Add($"(d) same: p99", "ms", P(lags, 99), null, null, "<= 100 ms", P(lags, 99) <= 100);
table.Print(Console.Out);
Console.WriteLine($"""

    (b) samples: {productLatency.Count:N0} product, {martenLatency.Count:N0} plain Marten, {rawLatency.Count:N0} raw; (d) samples: {lags.Count:N0}.
    Hash chains of the product's streams, recomputed after the run: {(broken.Count == 0 ? "all valid" : $"{broken.Count} BROKEN, first: {broken[0].Problem?.Message}")}.
    What differs: the product path opens its own connection and transaction; the first statement of Marten's batch takes
    the shared advisory lock of the safe position (and looks up a command result, none here); the events go through a
    Marten session enlisted in that transaction (QuickWithServerTimestamps: timestamps from the store's clock); the
    ea_chain trigger hashes each event (a SHA-256 per row; the previous hash is looked up through the index for the first
    event of an append and carried over to the next ones); after the commit it wakes subscribers and sends a NOTIFY at
    most every 5 ms. It would also record a command result and run inline projections, which these appends do not have.
    Plain Marten is Marten's own session and transaction, Quick mode (server timestamps), no trigger, no lock. Raw Npgsql
    inserts the same rows with unnest into a plain table. (c): the product keeps each event's JSON as text until used,
    plain Marten deserializes every event, raw keeps text. (d) is the product's own subscription on mt_events, not
    Marten's async daemon yet. --profile takes the product path apart.
    """);

await StopAsync();

async Task StopAsync()
{
    await store.DisposeAsync();
    await dataSource.DisposeAsync();
    if (cluster is not null)
    {
        NpgsqlConnection.ClearAllPools();
        await cluster.StopAsync();
    }
}

async Task TopUpAsync()
{
    // (c) reads the same number of events from all three: fill each up to the count with 1,000-event batches.
    await using (var count = dataSource.CreateCommand($"SELECT count(*) FROM {store.SchemaPrefix}mt_events"))
    {
        for (var (n, storeCount) = (0, (long)(await count.ExecuteScalarAsync())!); storeCount < readCount; n++, storeCount += 1000)
        {
            await store.AppendAsync($"fill-{n % 100}", ExpectedVersion.Any, [.. Enumerable.Range(0, 1000).Select(i => (object)Payloads.Event(n, i))]);
        }
    }

    for (var (n, martenCount) = (0, await marten.CountAsync()); martenCount < readCount; n++, martenCount += 1000)
    {
        await marten.AppendAsync($"fill-{n % 100}", [.. Enumerable.Range(0, 1000).Select(i => (object)Payloads.Event(n, i))]);
    }

    for (var rawCount = await raw.CountAsync(); rawCount < readCount; rawCount += 1000)
    {
        await raw.InsertBatchAsync($"fill-{rawCount % 100}", rawCount, 1000, 0, CancellationToken.None);
    }
}

static double P(List<double> sorted, double p) => Stats.Percentile(sorted, p);

string? Argument(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
