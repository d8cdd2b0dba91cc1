using System.Globalization;
using System.Text;
using Npgsql;

namespace EventAgents.Platform.EventStore;

public sealed partial class EventStore
{
    private const string VersionConflict = "EA409";
    private const string StreamArchived = "EA410";

    /// <summary>Appends events to one stream if its version is the expected one.</summary>
    /// <exception cref="WrongExpectedVersionException">The stream is at another version; nothing was written.</exception>
    public async Task<AppendResult> AppendAsync(
        string streamId, ExpectedVersion expected, IReadOnlyList<object> events, AppendOptions? options = null, CancellationToken ct = default)
    {
        var results = await AppendAsync([new StreamAppend(streamId, expected, events)], options, ct).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>Appends to several streams atomically: all of them are written, or none.</summary>
    public async Task<IReadOnlyList<AppendResult>> AppendAsync(
        IReadOnlyList<StreamAppend> appends, AppendOptions? options = null, CancellationToken ct = default)
    {
        options ??= AppendOptions.None;
        var prepared = Prepare(appends, options);
        try
        {
            var results = await WriteAsync(prepared, options.CommandId, ct).ConfigureAwait(false);
            if (!results[0].Duplicate)
            {
                Changes.Committed();
            }

            return Reorder(results, appends);
        }
        catch (PostgresException e) when (e.SqlState == VersionConflict)
        {
            Changes.Raise();
            var (actual, streamId) = ParseRefusal(e);
            var failed = prepared.First(p => p.Append.StreamId == streamId).Append;
            throw new WrongExpectedVersionException(failed.StreamId, failed.Expected, actual);
        }
        catch (PostgresException e) when (e.SqlState == StreamArchived)
        {
            Changes.Raise();
            throw new StreamArchivedException(ParseRefusal(e).StreamId);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "commands_pkey")
        {
            // The same command committed concurrently: answer with its result.
            Changes.Raise();
            return Reorder(await ReadCommandResultAsync(options.CommandId!.Value, ct).ConfigureAwait(false), appends);
        }
    }

    private PreparedAppend[] Prepare(IReadOnlyList<StreamAppend> appends, AppendOptions options)
    {
        if (appends.Count == 0)
        {
            throw new ArgumentException("Nothing to append.", nameof(appends));
        }

        if (appends.Select(a => a.StreamId).Distinct(StringComparer.Ordinal).Count() != appends.Count)
        {
            throw new ArgumentException("Each stream may appear once in an atomic append.", nameof(appends));
        }

        var metadata = MetadataJson.Write(options.ToMetadata());
        var now = Clock.GetUtcNow();
        // A fixed order of row locks keeps two multi-stream appends from deadlocking.
        return [.. appends.OrderBy(a => a.StreamId, StringComparer.Ordinal)
            .Select(a => PreparedAppend.Prepare(a, Registry, metadata, now, _heads.Find(a.StreamId, a.Expected)))];
    }

    private async Task<AppendResult[]> WriteAsync(PreparedAppend[] prepared, Guid? commandId, CancellationToken ct)
    {
        var inline = _options.InlineProjections;
        var single = prepared.Length == 1;
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = single && inline.Count == 0 ? null : await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var append in prepared)
        {
            batch.BatchCommands.Add(AppendCommand.Create(SchemaPrefix, append, commandId, recordCommand: single));
        }

        // Prepared once per pooled connection: the call's parse and plan cost more than its execution.
        await batch.PrepareAsync(ct).ConfigureAwait(false);
        var results = new AppendResult[prepared.Length];
        var heads = new byte[prepared.Length][];
        await using (var reader = await batch.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            for (var i = 0; i < prepared.Length; i++)
            {
                await reader.ReadAsync(ct).ConfigureAwait(false);
                if (!reader.IsDBNull(0))
                {
                    return [.. CommandResults.Deserialize(reader.GetString(0))];
                }

                results[i] = new AppendResult(prepared[i].Append.StreamId, reader.GetInt64(1), reader.GetFieldValue<long[]>(2), Duplicate: false);
                heads[i] = reader.GetFieldValue<byte[]>(3);
                await reader.NextResultAsync(ct).ConfigureAwait(false);
            }
        }

        if (transaction is null)
        {
            RememberHeads(results, heads);
            return results;
        }

        if (!single && commandId is { } id)
        {
            await using var record = new NpgsqlCommand($"INSERT INTO {SchemaPrefix}commands (command_id, result) VALUES ($1, $2::json)", connection, transaction)
            {
                Parameters = { new() { Value = id }, new() { Value = CommandResults.Serialize(results) } },
            };
            await record.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        if (inline.Count > 0)
        {
            var recorded = ToRecordedEvents(prepared, results);
            foreach (var projection in inline)
            {
                await projection.ApplyAsync(new ProjectionContext(connection, transaction, SchemaPrefix), recorded, ct).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        RememberHeads(results, heads);
        return results;
    }

    private void RememberHeads(AppendResult[] results, byte[][] heads)
    {
        for (var i = 0; i < results.Length; i++)
        {
            _heads.Remember(results[i].StreamId, results[i].LastVersion, heads[i]);
        }
    }

    private async Task<IReadOnlyList<AppendResult>> ReadCommandResultAsync(Guid commandId, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"SELECT result::text FROM {SchemaPrefix}commands WHERE command_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = commandId });
        var json = (string?)await command.ExecuteScalarAsync(ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Command {commandId} was reported as applied but has no stored result.");
        return CommandResults.Deserialize(json);
    }

    private List<RecordedEvent> ToRecordedEvents(PreparedAppend[] prepared, AppendResult[] results)
    {
        var recorded = new List<RecordedEvent>();
        for (var s = 0; s < prepared.Length; s++)
        {
            var p = prepared[s];
            for (var i = 0; i < p.Ids.Length; i++)
            {
                recorded.Add(new RecordedEvent(Registry, results[s].Positions[i], p.Append.StreamId, results[s].FirstVersion + i,
                    p.Ids[i], p.Types[i], Encoding.UTF8.GetString(p.Data[i]), Encoding.UTF8.GetString(p.Metadata[i]), p.Times[i]));
            }
        }

        recorded.Sort((a, b) => a.Position.CompareTo(b.Position));
        return recorded;
    }

    private static (long ActualVersion, string StreamId) ParseRefusal(PostgresException e)
    {
        var separator = e.MessageText.IndexOf(' ', StringComparison.Ordinal);
        return (long.Parse(e.MessageText.AsSpan(0, separator), CultureInfo.InvariantCulture), e.MessageText[(separator + 1)..]);
    }

    private static AppendResult[] Reorder(IReadOnlyList<AppendResult> results, IReadOnlyList<StreamAppend> requested) =>
        [.. requested.Select(r => results.FirstOrDefault(x => x.StreamId == r.StreamId)
            ?? throw new InvalidOperationException($"The command's stored result has no entry for stream '{r.StreamId}'."))];
}
