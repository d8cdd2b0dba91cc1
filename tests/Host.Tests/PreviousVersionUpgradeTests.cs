using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventAgents.Application.Common;
using EventAgents.Domain.Runs;
using EventAgents.Platform.EventStore;
using EventAgents.Projections;
using EventAgents.Projections.Runs;
using EventAgents.Testing;
using Npgsql;

namespace EventAgents.Host.Tests;

/// <summary>
/// A database written by the previous version (its own event store, before Marten; tests/Fixtures/previous-version) upgraded by
/// the real <c>eventagents</c> program: <c>migrate</c>, <c>up</c>, and a refusal when the old chains were altered.
/// </summary>
public sealed class PreviousVersionUpgradeTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Migrate_copies_every_event_of_the_previous_version_recomputes_the_chains_records_the_old_heads_and_runs_once()
    {
        var connectionString = await PreviousVersionDatabase.RestoreAsync("upgrade");
        var environment = new Dictionary<string, string> { ["ConnectionStrings__EventStore"] = connectionString };
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var legacyEvents = await LegacyEventsAsync(dataSource, "events");
        var legacyStreams = await LegacyStreamsAsync(dataSource, "streams");
        Assert.Equal(PreviousVersionDatabase.Events, legacyEvents.Count);
        Assert.Equal(PreviousVersionDatabase.Streams, legacyStreams.Count);

        // Before the upgrade nothing that opens the store serves the (empty) new history.
        var refused = await EventAgentsCommand.RunAsync(environment, null, "verify");
        Assert.True(refused.ExitCode == 2, refused.Output);
        Assert.Contains("Run `eventagents migrate`", refused.Output, StringComparison.Ordinal);

        var migrated = await EventAgentsCommand.RunAsync(environment, null, "migrate");
        Assert.True(migrated.ExitCode == 0, migrated.Output);
        Assert.Contains("61 event(s) in 9 stream(s) copied into Marten's streams", migrated.Output, StringComparison.Ordinal);

        var verified = await EventAgentsCommand.RunAsync(environment, null, "verify");
        Assert.True(verified.ExitCode == 0, verified.Output);
        Assert.Contains("Every hash chain verifies.", verified.Output, StringComparison.Ordinal);

        await using var store = new EventStore(dataSource, DomainEventRegistry.Create());
        Assert.Empty(await store.VerifyAllAsync());
        var events = new List<RecordedEvent>();
        await foreach (var e in store.ReadAllAsync(0))
        {
            events.Add(e);
        }

        Assert.Equal(PreviousVersionDatabase.Events + 1, events.Count);
        foreach (var (old, copy) in legacyEvents.Zip(events))
        {
            AssertSameEvent(old, copy);
        }

        // Marten reads the copies too (type names, and the CLR type names it stores beside them).
        await using (var session = store.Marten.QuerySession())
        {
            var run = await session.Events.FetchStreamAsync("run-" + PreviousVersionDatabase.RunId);
            Assert.Equal(41, run.Count);
            Assert.IsType<RunCompleted>(run[^1].Data);
        }

        Assert.Equal(
            legacyEvents.Select(e => $"{events.First(c => c.EventId == e.EventId).Data.GetType().FullName}, EventAgents.Domain"),
            await ColumnAsync<string>(dataSource, "SELECT mt_dotnet_type FROM eventagents.mt_events WHERE seq_id <= 61 ORDER BY seq_id"));
        Assert.Equal(legacyStreams.Select(s => (s.StreamId, s.Version)),
            (await StreamVersionsAsync(dataSource)).Where(s => s.StreamId != "store-migrations"));

        // The migration event holds every old chain head.
        var migration = events[^1];
        Assert.Equal(("store-migrations", 1L, 62L, StoreMigrated.TypeName), (migration.StreamId, migration.Version, migration.Position, migration.StoredType));
        var recorded = Assert.IsType<StoreMigrated>(migration.Data);
        Assert.Equal((61L, 61L), (recorded.EventsCopied, recorded.HighestPosition));
        Assert.Equal(legacyStreams, recorded.Streams.Select(s => (s.StreamId, s.Version, s.LastHash)));
        Assert.Equal("8729c55119a3be456ea2f6dfec697b8763cf53ed99572e99e8d923c55ab1063e",
            recorded.Streams.Single(s => s.StreamId == "run-" + PreviousVersionDatabase.RunId).LastHash);

        // The old tables are kept, renamed; the checkpoints (positions) still point where they did.
        Assert.Equal(legacyEvents, await LegacyEventsAsync(dataSource, "legacy_events"));
        Assert.Equal(legacyStreams, await LegacyStreamsAsync(dataSource, "legacy_streams"));
        Assert.Equal(new long[] { 61 }, await ColumnAsync<long>(dataSource, "SELECT DISTINCT position FROM eventagents.checkpoints"));

        // The completed run, rebuilt by its projection from the upgraded history, reads as the previous version had it.
        var runs = new RunQueries(new ReadModelReader(dataSource, "eventagents"));
        await ReadModels.MigrateAsync(dataSource, "eventagents", CancellationToken.None);
        var before = await RunViewAsync(runs);
        Assert.Equal(RunStatus.Completed, before.Run.Status);
        Assert.Equal(PreviousVersionDatabase.Events + 1, await Subscription.RebuildAsync(store, new RunsProjection()));
        Assert.Equal(before, await RunViewAsync(runs));

        var again = await EventAgentsCommand.RunAsync(environment, null, "migrate");
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.DoesNotContain("Upgraded", again.Output, StringComparison.Ordinal);
        Assert.Contains("The schema is up to date.", again.Output, StringComparison.Ordinal);
        Assert.Equal(new long[] { 62 }, await ColumnAsync<long>(dataSource, "SELECT count(*) FROM eventagents.mt_events"));
    }

    [Fact]
    public async Task Up_on_a_previous_versions_database_upgrades_it_at_start_says_so_and_serves_the_completed_run()
    {
        var connectionString = await PreviousVersionDatabase.RestoreAsync("upgrade_up");
        var home = Path.Combine(Path.GetTempPath(), "eventagents-upgrade-" + Guid.NewGuid().ToString("N")[..8]);
        var environment = new Dictionary<string, string> { ["ConnectionStrings__EventStore"] = connectionString, ["EVENTAGENTS_HOME"] = home };
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            var created = await EventAgentsCommand.RunAsync(environment, null, "apikey", "create", "--role", "viewer", "--name", "upgrade-test");
            Assert.True(created.ExitCode == 0, created.Output);
            var key = created.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];

            using var client = new HttpClient();
            await using (var host = HostProcess.Start(environment, "up"))
            {
                (await host.WaitForHealthAsync(client, StartTimeout)).EnsureSuccessStatusCode();
                Assert.Contains(
                    "Upgraded the previous version's event store in schema 'eventagents': 61 event(s) in 9 stream(s) copied into Marten's streams",
                    host.Output, StringComparison.Ordinal);

                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress, "/graphql"))
                {
                    Content = JsonContent.Create(new { query = "{ runs { edges { node { runId status } } } }" }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var run = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("runs").GetProperty("edges").EnumerateArray().Single().GetProperty("node");
                Assert.Equal((PreviousVersionDatabase.RunId, "COMPLETED"), (run.GetProperty("runId").GetString(), run.GetProperty("status").GetString()));

                // Every subscription goes on from its old checkpoint past the migration event.
                await Eventually.TrueAsync(
                    async () => (await ColumnAsync<long>(dataSource, "SELECT min(position) FROM eventagents.checkpoints"))[0] == 62,
                    TimeSpan.FromSeconds(30), "every checkpoint at the migration event (62)\n" + host.Output);
                Assert.Equal(0, await host.StopAsync());
            }

            var verified = await EventAgentsCommand.RunAsync(environment, null, "verify");
            Assert.True(verified.ExitCode == 0, verified.Output);
        }
        finally
        {
            if (Directory.Exists(home))
            {
                Directory.Delete(home, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Migrate_refuses_a_previous_versions_database_whose_chain_was_altered_and_copies_nothing()
    {
        var connectionString = await PreviousVersionDatabase.RestoreAsync("upgrade_altered");
        var environment = new Dictionary<string, string> { ["ConnectionStrings__EventStore"] = connectionString };
        await PreviousVersionDatabase.QueryAsync(connectionString,
            "UPDATE eventagents.events SET data = replace(data::text, '\"limit\":2', '\"limit\":5')::json WHERE seq = 3");

        var migrated = await EventAgentsCommand.RunAsync(environment, null, "migrate");

        Assert.True(migrated.ExitCode == 1, migrated.Output);
        Assert.Contains("stream 'board-sample-board': the event at version 2 (position 3) does not match its hash", migrated.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing was copied", migrated.Output, StringComparison.Ordinal);
        Assert.Equal("61|0|0", await PreviousVersionDatabase.QueryAsync(connectionString,
            "SELECT (SELECT count(*) FROM eventagents.events), (SELECT count(*) FROM eventagents.mt_events), (SELECT count(*) FROM eventagents.mt_streams)"));
        var refused = await EventAgentsCommand.RunAsync(environment, null, "verify");
        Assert.True(refused.ExitCode == 2, refused.Output);
    }

    [Fact]
    public async Task Up_on_a_previous_versions_database_whose_chain_was_altered_refuses_to_start_and_copies_nothing()
    {
        var connectionString = await PreviousVersionDatabase.RestoreAsync("upgrade_up_altered");
        var home = Path.Combine(Path.GetTempPath(), "eventagents-upgrade-" + Guid.NewGuid().ToString("N")[..8]);
        var environment = new Dictionary<string, string> { ["ConnectionStrings__EventStore"] = connectionString, ["EVENTAGENTS_HOME"] = home };
        await PreviousVersionDatabase.QueryAsync(connectionString,
            "UPDATE eventagents.events SET data = replace(data::text, '\"limit\":2', '\"limit\":5')::json WHERE seq = 3");
        try
        {
            var up = await EventAgentsCommand.RunAsync(environment, null, "up", "--urls", "http://127.0.0.1:0");

            Assert.True(up.ExitCode == 1, up.Output);
            Assert.Contains("stream 'board-sample-board': the event at version 2 (position 3) does not match its hash", up.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("EventAgents is up", up.Output, StringComparison.Ordinal);
            Assert.Equal("61|0|0", await PreviousVersionDatabase.QueryAsync(connectionString,
                "SELECT (SELECT count(*) FROM eventagents.events), (SELECT count(*) FROM eventagents.mt_events), (SELECT count(*) FROM eventagents.mt_streams)"));
        }
        finally
        {
            if (Directory.Exists(home))
            {
                Directory.Delete(home, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Migrate_keeps_an_archived_stream_of_the_previous_version_archived_and_its_chain_verifying()
    {
        var connectionString = await PreviousVersionDatabase.RestoreAsync("upgrade_archived");
        await PreviousVersionDatabase.QueryAsync(connectionString, "UPDATE eventagents.streams SET archived = true WHERE stream_id = 'agent-reviewer'");

        var migrated = await EventAgentsCommand.RunAsync(new Dictionary<string, string> { ["ConnectionStrings__EventStore"] = connectionString }, null, "migrate");

        Assert.True(migrated.ExitCode == 0, migrated.Output);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var store = new EventStore(dataSource, DomainEventRegistry.Create());
        Assert.Empty(await store.VerifyAllAsync());
        Assert.True((await store.GetStreamAsync("agent-reviewer"))!.Archived);
        Assert.Equal("t", await PreviousVersionDatabase.QueryAsync(connectionString, "SELECT bool_and(is_archived) FROM eventagents.mt_events WHERE stream_id = 'agent-reviewer'"));
        await Assert.ThrowsAsync<StreamArchivedException>(() => store.ReadStreamAsync("agent-reviewer"));
        await Assert.ThrowsAsync<StreamArchivedException>(() =>
            store.AppendAsync("agent-reviewer", ExpectedVersion.Any, [new Domain.Agents.AgentRetired("reviewer", DateTimeOffset.UtcNow)]));
        Assert.False((await store.GetStreamAsync("agent-engineer"))!.Archived);
    }

    private sealed record LegacyEvent(
        long Seq, string StreamId, long Version, Guid EventId, string Type, string Data, string Metadata, DateTimeOffset CreatedAt);

    private static void AssertSameEvent(LegacyEvent old, RecordedEvent copy)
    {
        Assert.Equal((old.Seq, old.StreamId, old.Version, old.EventId, old.Type, old.CreatedAt),
            (copy.Position, copy.StreamId, copy.Version, copy.EventId, copy.StoredType, copy.Timestamp));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(old.Data), JsonNode.Parse(copy.DataJson)), $"the data of {copy} changed:\n{old.Data}\n{copy.DataJson}");
        _ = copy.Data;
        var metadata = JsonNode.Parse(old.Metadata)!.AsObject();
        Assert.Equal(
            ((string?)metadata["correlationId"], (string?)metadata["causationId"], (string?)metadata["actor"], metadata["commandId"] is { } id ? Guid.Parse((string)id!) : (Guid?)null),
            (copy.Metadata.CorrelationId, copy.Metadata.CausationId, copy.Metadata.Actor, copy.Metadata.CommandId));
        Assert.Equal(metadata["headers"]?.AsObject().Select(h => (h.Key, (string)h.Value!)), copy.Metadata.Headers?.Select(h => (h.Key, h.Value)));
    }

    private static async Task<List<LegacyEvent>> LegacyEventsAsync(NpgsqlDataSource dataSource, string table)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT seq, stream_id, version, event_id, type, data::text, metadata::text, created_at FROM eventagents.{table} ORDER BY seq");
        await using var reader = await command.ExecuteReaderAsync();
        var events = new List<LegacyEvent>();
        while (await reader.ReadAsync())
        {
            events.Add(new LegacyEvent(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetGuid(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return events;
    }

    private static async Task<List<(string StreamId, long Version, string LastHash)>> LegacyStreamsAsync(NpgsqlDataSource dataSource, string table)
    {
        await using var command = dataSource.CreateCommand($"SELECT stream_id, version, encode(last_hash, 'hex') FROM eventagents.{table} ORDER BY stream_id");
        await using var reader = await command.ExecuteReaderAsync();
        var streams = new List<(string, long, string)>();
        while (await reader.ReadAsync())
        {
            streams.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
        }

        return streams;
    }

    private static async Task<List<(string StreamId, long Version)>> StreamVersionsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT id, version FROM eventagents.mt_streams ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var streams = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            streams.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return streams;
    }

    private static async Task<List<T>> ColumnAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    private sealed record RunView(RunRow Run, IReadOnlyList<(string StepId, StepStatus Status, int Attempt, string? Result, DateTimeOffset? FinishedAt)> Steps)
    {
        public bool Equals(RunView? other) => other is not null && Run == other.Run && Steps.SequenceEqual(other.Steps);

        public override int GetHashCode() => Run.GetHashCode();
    }

    private static async Task<RunView> RunViewAsync(RunQueries runs)
    {
        var id = PreviousVersionDatabase.RunId;
        var run = (await runs.GetManyAsync([id], CancellationToken.None))[id];
        var steps = (await runs.StepsAsync([id], CancellationToken.None))[id];
        return new RunView(run, [.. steps.Select(s => (s.StepId, s.Status, s.Attempt, s.Result, s.FinishedAt))]);
    }
}
