using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Postgres;
using EventAgents.Platform.Postgres.EventChains;
using JasperFx.Events;
using Marten;
using Marten.Services;
using Npgsql;
using Weasel.Core;
using Weasel.Storage;

namespace EventAgents.Bench.EventStore;

/// <summary>
/// <c>--profile</c>: where the product's append path spends its time beside plain Marten. Checks in which order Marten
/// sends queued SQL and event inserts, then measures (a) and (b) for the product path as it is, with the chain's first
/// trigger (one lookup of the previous hash per event) and without a chain trigger, and for plain Marten step by step
/// towards the product's path: client timestamps, an explicit transaction, the advisory lock as its own round trip, and
/// the lock as the first statement of Marten's batch (as the product sends it). Then verifies the chains written.
/// </summary>
internal sealed class Profile(NpgsqlDataSource dataSource, EventTypeRegistry registry, TimeSpan duration, Func<Task> settle)
{
    public async Task RunAsync()
    {
        var pid = Environment.ProcessId;
        await using var product = new Platform.EventStore.EventStore(dataSource, registry, new EventStoreOptions { Schema = $"prof_{pid}" });
        await product.MigrateAsync();
        await using var noChain = new Platform.EventStore.EventStore(dataSource, registry, new EventStoreOptions { Schema = $"prof_nochain_{pid}" });
        await noChain.MigrateAsync();
        await ExecuteAsync($"DROP TRIGGER ea_chain ON prof_nochain_{pid}.mt_events");
        await using var lookups = new Platform.EventStore.EventStore(dataSource, registry, new EventStoreOptions { Schema = $"prof_lookups_{pid}" });
        await lookups.MigrateAsync();
        await ExecuteAsync(FirstChainMigration($"prof_lookups_{pid}"));
        using var quick = new PlainMarten(dataSource, registry, $"prof_quick_{pid}");
        await quick.MigrateAsync();
        using var clientTime = new PlainMarten(dataSource, registry, $"prof_clienttime_{pid}", EventAppendMode.QuickWithServerTimestamps);
        await clientTime.MigrateAsync();

        await CheckOrderAsync(product.Marten, $"prof_{pid}");

        var quickSequence = $"prof_quick_{pid}.mt_events_sequence";
        (string Name, Func<string, object[], Task> Append)[] variants =
        [
            ("product path (Marten + lock + chain)", (s, e) => product.AppendAsync(s, ExpectedVersion.Any, e, Scenarios.Metadata)),
            ("product path with the 0001 trigger (a previous-hash lookup per event)", (s, e) => lookups.AppendAsync(s, ExpectedVersion.Any, e, Scenarios.Metadata)),
            ("product path without the chain trigger", (s, e) => noChain.AppendAsync(s, ExpectedVersion.Any, e, Scenarios.Metadata)),
            ("plain Marten, Quick", (s, e) => quick.AppendAsync(s, e)),
            ("plain Marten, QuickWithServerTimestamps (the product's mode)", (s, e) => clientTime.AppendAsync(s, e)),
            ("plain Marten, Quick, in an explicit transaction", (s, e) => InTransactionAsync(quick.Store, s, e, null, false)),
            ("  + advisory lock as its own round trip", (s, e) => InTransactionAsync(quick.Store, s, e, quickSequence, false)),
            ("  + advisory lock first in Marten's batch", (s, e) => InTransactionAsync(quick.Store, s, e, quickSequence, true)),
        ];

        Console.WriteLine();
        Console.WriteLine("| variant | (a) events/s | (b) p50 ms | (b) p90 ms | (b) p99 ms |");
        Console.WriteLine("|---|---|---|---|---|");
        var batchRates = await Load.AlternateAsync(
            [.. variants.Select(v => (Func<int, int, CancellationToken, Task<int>>)(async (writer, round, _) =>
            {
                await v.Append($"batch-{writer}-{round % 50}", Scenarios.BatchOf(writer, 100));
                return 100;
            }))], duration, settle);

        var latencies = variants.Select(_ => new ConcurrentBag<double>()).ToArray();
        for (var v = 0; v < variants.Length; v++)
        {
            for (var writer = 0; writer < Load.Writers; writer++)
            {
                for (var s = 0; s < 10; s++)
                {
                    await variants[v].Append($"single-{writer}-{s}", Scenarios.BatchOf(writer, 1));
                }
            }
        }

        await Load.AlternateAsync(
            [.. variants.Select((v, i) => (Func<int, int, CancellationToken, Task<int>>)(async (writer, round, _) =>
            {
                var start = Stopwatch.GetTimestamp();
                await v.Append($"single-{writer}-{round % 10}", Scenarios.BatchOf(writer, 1));
                latencies[i].Add(Stats.MillisecondsSince(start));
                return 1;
            }))], duration, settle, afterWarmup: () => Array.ForEach(latencies, l => l.Clear()));

        for (var v = 0; v < variants.Length; v++)
        {
            List<double> sorted = [.. latencies[v].Order()];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {variants[v].Name} | {batchRates[v]:N0} | {Stats.Percentile(sorted, 50):0.00} | {Stats.Percentile(sorted, 90):0.00} | {Stats.Percentile(sorted, 99):0.00} |"));
        }

        foreach (var (name, chained) in new[] { ("product path", product), ("0001 trigger", lookups) })
        {
            var broken = await chained.VerifyAllAsync();
            Console.WriteLine($"Chains verified, {name}: {(broken.Count == 0 ? "all valid" : $"{broken.Count} BROKEN, first: {broken[0].Problem?.Message}")}.");
        }
    }

    /// <summary>
    /// The lock must be taken before the append draws positions (see safe_position). Appends in a rolled-back transaction
    /// and compares the key of the lock its SQL took with the first position Marten drew: a key below it means the SQL ran first.
    /// </summary>
    private async Task CheckOrderAsync(IDocumentStore store, string schema)
    {
        var lockSql = $"SELECT pg_advisory_xact_lock_shared((SELECT q.last_value FROM {schema}.mt_events_sequence q))";
        foreach (var (name, queue) in new (string, Action<IDocumentSession>)[]
        {
            ("session.QueueSqlCommand", session => session.QueueSqlCommand(lockSql)),
            ("an operation queued as an event operation", session => session.QueueOperation(new EventBatchSql(lockSql))),
        })
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            StreamAction action;
            await using (var session = store.LightweightSession(SessionOptions.ForTransaction(transaction)))
            {
                queue(session);
                action = session.Events.Append($"order-check-{Guid.NewGuid()}", Scenarios.BatchOf(0, 3));
                await session.SaveChangesAsync();
            }

            await using var command = new NpgsqlCommand(
                "SELECT (l.classid::bigint << 32) | l.objid::bigint FROM pg_locks l WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.pid = pg_backend_pid()",
                connection, transaction);
            var key = (long)(await command.ExecuteScalarAsync())!;
            var first = action.Events[0].Sequence;
            Console.WriteLine($"Order check, {name}: lock key {key}, first position drawn {first}: the SQL ran {(key < first ? "BEFORE" : "AFTER")} the event inserts.");
            await transaction.RollbackAsync();
        }
    }

    private async Task InTransactionAsync(IDocumentStore store, string streamId, object[] events, string? lockSequence, bool lockInBatch)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var lockSql = $"SELECT pg_advisory_xact_lock_shared((SELECT q.last_value FROM {lockSequence} q))";
        if (lockSequence is not null && !lockInBatch)
        {
            await using var command = new NpgsqlCommand(lockSql, connection, transaction);
            await command.ExecuteNonQueryAsync();
        }

        await using (var session = store.LightweightSession(SessionOptions.ForTransaction(transaction)))
        {
            session.CorrelationId = "bench";
            session.LastModifiedBy = "bench";
            if (lockSequence is not null && lockInBatch)
            {
                session.QueueOperation(new EventBatchSql(lockSql));
            }

            session.Events.Append(streamId, events);
            await session.SaveChangesAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>The chain's first migration, which a later one replaced the trigger of, for the schema.</summary>
    private static string FirstChainMigration(string schema) =>
        Migration.FromEmbeddedResources(typeof(EventChain).Assembly, "EventChains.Sql", new Dictionary<string, string> { ["__schema__"] = schema })
            .Single(m => m.Version == 1).Sql;

    private async Task ExecuteAsync(string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// A SQL statement that Marten's unit of work files with the event operations (its document type is
    /// <see cref="IEvent"/>), which it sends ahead of the other operations; queued before the appends, it goes first.
    /// </summary>
    private sealed class EventBatchSql(string sql) : Weasel.Storage.IStorageOperation
    {
        public Type DocumentType => typeof(IEvent);

        public void ConfigureCommand(ICommandBuilder builder, IStorageSession session) => builder.Append(sql);

        public Task PostprocessAsync(DbDataReader reader, IList<Exception> exceptions, CancellationToken token) => Task.CompletedTask;

        public OperationRole Role() => OperationRole.Other;
    }
}
