using System.Collections.Concurrent;
using System.Diagnostics;
using EventAgents.Platform.EventStore;

namespace EventAgents.Bench.EventStore;

/// <summary>The four measurements of the event store, each beside the raw baseline doing the same work.</summary>
internal sealed class Scenarios(Platform.EventStore.EventStore store, RawBaseline raw, TimeSpan duration)
{
    private const int Writers = 8;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);
    private static readonly AppendOptions Metadata = new() { CorrelationId = "bench", Actor = "bench" };

    /// <summary>(a) 8 writers appending 100-event batches for the duration: events per second.</summary>
    public async Task<(double Store, double Raw)> BatchThroughputAsync()
    {
        Func<int, int, CancellationToken, Task<int>> storeWrite = async (writer, round, ct) =>
        {
            await store.AppendAsync($"batch-{writer}-{round % 50}", ExpectedVersion.Any, BatchOf(writer, 100), Metadata, ct);
            return 100;
        };
        Func<int, int, CancellationToken, Task<int>> rawWrite = async (writer, round, ct) =>
        {
            await raw.InsertBatchAsync($"batch-{writer}-{round % 50}", round * 100L, 100, writer, ct);
            return 100;
        };

        // Warm up both (JIT tiering, connection pools, plan caches) before measuring either.
        await RunWritersAsync(storeWrite, Warmup);
        await RunWritersAsync(rawWrite, Warmup);
        return (await RunWritersAsync(storeWrite, duration), await RunWritersAsync(rawWrite, duration));
    }

    /// <summary>(b) 8 writers each appending one event per transaction to existing streams: latency percentiles.</summary>
    public async Task<(List<double> Store, List<double> Raw)> SingleEventLatencyAsync()
    {
        for (var writer = 0; writer < Writers; writer++)
        {
            for (var s = 0; s < 10; s++)
            {
                await store.AppendAsync($"single-{writer}-{s}", ExpectedVersion.Any, BatchOf(writer, 1), Metadata);
            }
        }

        var storeLatencies = new ConcurrentBag<double>();
        Func<int, int, CancellationToken, Task<int>> storeWrite = async (writer, round, ct) =>
        {
            var start = Stopwatch.GetTimestamp();
            await store.AppendAsync($"single-{writer}-{round % 10}", ExpectedVersion.Any, BatchOf(writer, 1), Metadata, ct);
            storeLatencies.Add(Stats.MillisecondsSince(start));
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

        await RunWritersAsync(storeWrite, Warmup);
        await RunWritersAsync(rawWrite, Warmup);
        storeLatencies.Clear();
        rawLatencies.Clear();
        await RunWritersAsync(storeWrite, duration);
        await RunWritersAsync(rawWrite, duration);
        return ([.. storeLatencies.Order()], [.. rawLatencies.Order()]);
    }

    /// <summary>(c) Reading <paramref name="count"/> events in global order: events per second.</summary>
    public async Task<(double Store, double Raw)> ReadThroughputAsync(long count)
    {
        var start = Stopwatch.GetTimestamp();
        long read = 0;
        await foreach (var e in store.ReadAllAsync(0))
        {
            if (++read == count)
            {
                break;
            }
        }

        var storeRate = read / Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        var rawRead = await raw.ReadAllAsync(count, CancellationToken.None);
        var rawRate = rawRead / Stopwatch.GetElapsedTime(start).TotalSeconds;
        if (read != count || rawRead != count)
        {
            throw new InvalidOperationException($"Expected to read {count} events, read {read} from the store and {rawRead} raw.");
        }

        return (storeRate, rawRate);
    }

    /// <summary>(d) 2,000 events/s appended by 4 paced writers while a subscription runs: commit-to-handler lag.</summary>
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

    private async Task SetCheckpointAsync(string name, long position)
    {
        await using var command = store.DataSource.CreateCommand(
            $"INSERT INTO {store.SchemaPrefix}checkpoints (name, position) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET position = excluded.position");
        command.Parameters.Add(new() { Value = name });
        command.Parameters.Add(new() { Value = position });
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<double> RunWritersAsync(Func<int, int, CancellationToken, Task<int>> write, TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(duration);
        long total = 0;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var round = 0; !stop.IsCancellationRequested; round++)
            {
                Interlocked.Add(ref total, await write(writer, round, CancellationToken.None));
            }
        })));
        return total / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static object[] BatchOf(int writer, int count)
    {
        var events = new object[count];
        for (var i = 0; i < count; i++)
        {
            events[i] = Payloads.Event(writer, i);
        }

        return events;
    }
}
