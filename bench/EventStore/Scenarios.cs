using System.Collections.Concurrent;
using System.Diagnostics;
using EventAgents.Platform.EventStore;

namespace EventAgents.Bench.EventStore;

/// <summary>
/// The four measurements of the event store. (a) to (c) run the same work through the product's path, plain Marten and
/// raw Npgsql in the same run ((a) and (b) alternating between them, see <see cref="Load"/>); (d) measures the product's
/// own subscription.
/// </summary>
internal sealed class Scenarios(Platform.EventStore.EventStore store, PlainMarten marten, RawBaseline raw, TimeSpan duration)
{
    private const int Writers = Load.Writers;
    internal static readonly AppendOptions Metadata = new() { CorrelationId = "bench", Actor = "bench" };

    /// <summary>(a) 8 writers appending 100-event batches for the duration: events per second.</summary>
    public async Task<(double Product, double Marten, double Raw)> BatchThroughputAsync()
    {
        Func<int, int, CancellationToken, Task<int>> productWrite = async (writer, round, ct) =>
        {
            await store.AppendAsync($"batch-{writer}-{round % 50}", ExpectedVersion.Any, BatchOf(writer, 100), Metadata, ct);
            return 100;
        };
        Func<int, int, CancellationToken, Task<int>> martenWrite = async (writer, round, ct) =>
        {
            await marten.AppendAsync($"batch-{writer}-{round % 50}", BatchOf(writer, 100), ct);
            return 100;
        };
        Func<int, int, CancellationToken, Task<int>> rawWrite = async (writer, round, ct) =>
        {
            await raw.InsertBatchAsync($"batch-{writer}-{round % 50}", round * 100L, 100, writer, ct);
            return 100;
        };

        var rates = await Load.AlternateAsync([productWrite, martenWrite, rawWrite], duration, SettleAsync);
        return (rates[0], rates[1], rates[2]);
    }

    /// <summary>(b) 8 writers each appending one event per transaction to existing streams: latencies in ms, sorted.</summary>
    public async Task<(List<double> Product, List<double> Marten, List<double> Raw)> SingleEventLatencyAsync()
    {
        for (var writer = 0; writer < Writers; writer++)
        {
            for (var s = 0; s < 10; s++)
            {
                await store.AppendAsync($"single-{writer}-{s}", ExpectedVersion.Any, BatchOf(writer, 1), Metadata);
                await marten.AppendAsync($"single-{writer}-{s}", BatchOf(writer, 1));
            }
        }

        var productLatencies = new ConcurrentBag<double>();
        Func<int, int, CancellationToken, Task<int>> productWrite = async (writer, round, ct) =>
        {
            var start = Stopwatch.GetTimestamp();
            await store.AppendAsync($"single-{writer}-{round % 10}", ExpectedVersion.Any, BatchOf(writer, 1), Metadata, ct);
            productLatencies.Add(Stats.MillisecondsSince(start));
            return 1;
        };
        var martenLatencies = new ConcurrentBag<double>();
        Func<int, int, CancellationToken, Task<int>> martenWrite = async (writer, round, ct) =>
        {
            var start = Stopwatch.GetTimestamp();
            await marten.AppendAsync($"single-{writer}-{round % 10}", BatchOf(writer, 1), ct);
            martenLatencies.Add(Stats.MillisecondsSince(start));
            return 1;
        };
        var rawLatencies = new ConcurrentBag<double>();
        Func<int, int, CancellationToken, Task<int>> rawWrite = async (writer, round, ct) =>
        {
            var start = Stopwatch.GetTimestamp();
            await raw.InsertOneAsync($"single-{writer}-{round % 10}", round, writer, ct);
            rawLatencies.Add(Stats.MillisecondsSince(start));
            return 1;
        };

        await Load.AlternateAsync([productWrite, martenWrite, rawWrite], duration, SettleAsync,
            afterWarmup: () => { productLatencies.Clear(); martenLatencies.Clear(); rawLatencies.Clear(); });
        return ([.. productLatencies.Order()], [.. martenLatencies.Order()], [.. rawLatencies.Order()]);
    }

    /// <summary>
    /// (c) Reading <paramref name="count"/> events in global order: events per second. The product pages through
    /// mt_events with <see cref="Platform.EventStore.EventStore.ReadAllAsync(long, CancellationToken)"/> (data kept as
    /// JSON text until used), plain Marten streams <c>QueryAllRawEvents</c> (deserializing each event), raw Npgsql reads
    /// its table in key order into objects holding the JSON text.
    /// </summary>
    public async Task<(double Product, double Marten, double Raw)> ReadThroughputAsync(long count)
    {
        var start = Stopwatch.GetTimestamp();
        long read = 0;
        await foreach (var e in store.ReadAllAsync(0))
        {
            if (e.Position > 0 && ++read == count)
            {
                break;
            }
        }

        var productRate = read / Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        var martenRead = await marten.ReadAllAsync(count, CancellationToken.None);
        var martenRate = martenRead / Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        var rawRead = await raw.ReadAllAsync(count, CancellationToken.None);
        var rawRate = rawRead / Stopwatch.GetElapsedTime(start).TotalSeconds;
        if (read != count || martenRead != count || rawRead != count)
        {
            throw new InvalidOperationException($"Expected to read {count} events, read {read} through the product, {martenRead} through Marten and {rawRead} raw.");
        }

        return (productRate, martenRate, rawRate);
    }

    /// <summary>
    /// (d) Events appended at a steady rate by 4 paced writers through the product's path while a subscription runs:
    /// commit-to-handler lag. The subscription is the product's own (<see cref="Subscription"/> reading mt_events up to the
    /// safe position, woken in-process by the store's change signal), not Marten's async daemon, which the product does not
    /// run yet.
    /// </summary>
    public async Task<List<double>> SubscriptionLagAsync(int eventsPerSecond)
    {
        // The earlier measurements wrote millions of rows: flush them now (and let the table's statistics settle) so
        // that a checkpoint or an autovacuum started by them does not land inside this window.
        foreach (var sql in new[] { $"VACUUM ANALYZE {store.SchemaPrefix}mt_events", "CHECKPOINT" })
        {
            await using var settle = store.DataSource.CreateCommand(sql);
            settle.CommandTimeout = 600;
            await settle.ExecuteNonQueryAsync();
        }

        var handler = new LagRecorder();
        using var stop = new CancellationTokenSource();
        var subscription = Subscription.For(store, handler, new SubscriptionOptions { BatchSize = 1000 });
        var safe = (await store.GetSafePositionAsync()).Safe;
        handler.IgnoreUpTo = safe;
        await SetCheckpointAsync(handler.Name, safe);
        var running = subscription.RunAsync(stop.Token);

        const int pacedWriters = 4;
        var interval = TimeSpan.FromSeconds((double)pacedWriters / eventsPerSecond);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, pacedWriters).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; Stopwatch.GetElapsedTime(started) < duration; i++)
            {
                var due = interval * i;
                var wait = due - Stopwatch.GetElapsedTime(started);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                var result = await store.AppendAsync($"lag-{writer}", ExpectedVersion.Any, BatchOf(writer, 1), Metadata);
                handler.Committed(result.Positions[0], Stopwatch.GetTimestamp());
            }
        })));

        await Task.Delay(500);
        await stop.CancelAsync();
        await running;
        return handler.Lags();
    }

    /// <summary>Flushes what the previous measurements wrote, so that their checkpoint does not land inside the next ones.</summary>
    internal async Task SettleAsync()
    {
        await using var command = store.DataSource.CreateCommand("CHECKPOINT");
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    private async Task SetCheckpointAsync(string name, long position)
    {
        await using var command = store.DataSource.CreateCommand(
            $"INSERT INTO {store.SchemaPrefix}checkpoints (name, position) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET position = excluded.position");
        command.Parameters.Add(new() { Value = name });
        command.Parameters.Add(new() { Value = position });
        await command.ExecuteNonQueryAsync();
    }

    internal static object[] BatchOf(int writer, int count)
    {
        var events = new object[count];
        for (var i = 0; i < count; i++)
        {
            events[i] = Payloads.Event(writer, i);
        }

        return events;
    }
}
