using EventAgents.Platform.Postgres.EventChains;
using JasperFx.Events;
using Marten;
using Marten.Services;
using Npgsql;

namespace EventAgents.Platform.EventStore;

public sealed partial class EventStore
{
    /// <summary>The header that names the command an event carried out.</summary>
    public const string CommandIdHeader = "command-id";

    /// <summary>Appends events to one stream if its version is the expected one.</summary>
    /// <exception cref="WrongExpectedVersionException">The stream is at another version; nothing was written.</exception>
    public async Task<AppendResult> AppendAsync(
        string streamId, ExpectedVersion expected, IReadOnlyList<object> events, AppendOptions? options = null, CancellationToken ct = default)
    {
        var results = await AppendAsync([new StreamAppend(streamId, expected, events)], options, ct).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>
    /// Appends to several streams atomically: all of them are written, or none. The events go through a Marten session
    /// enlisted in this store's transaction, which also records the command's result, runs the inline projections and
    /// marks the positions in flight for subscribers (see safe_position).
    /// </summary>
    public async Task<IReadOnlyList<AppendResult>> AppendAsync(
        IReadOnlyList<StreamAppend> appends, AppendOptions? options = null, CancellationToken ct = default)
    {
        options ??= AppendOptions.None;
        Validate(appends);
        // A fixed order of row locks keeps two multi-stream appends from deadlocking.
        var ordered = appends.OrderBy(a => a.StreamId, StringComparer.Ordinal).ToArray();
        try
        {
            var results = await WriteAsync(ordered, options, ct).ConfigureAwait(false);
            if (!results[0].Duplicate)
            {
                Changes.Committed();
            }

            return Reorder(results, appends);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Changes.Raise();
            if (options.CommandId is { } commandId && await FindCommandResultAsync(commandId, ct).ConfigureAwait(false) is { } stored)
            {
                // The same command committed concurrently: answer with its result.
                return Reorder(stored, appends);
            }

            if (Archived(e, ordered) is { } archived)
            {
                throw archived;
            }

            if (IsConflict(e) && await FindConflictAsync(ordered, ct).ConfigureAwait(false) is { } conflict)
            {
                throw conflict;
            }

            throw;
        }
    }

    private void Validate(IReadOnlyList<StreamAppend> appends)
    {
        if (appends.Count == 0)
        {
            throw new ArgumentException("Nothing to append.", nameof(appends));
        }

        if (appends.Select(a => a.StreamId).Distinct(StringComparer.Ordinal).Count() != appends.Count)
        {
            throw new ArgumentException("Each stream may appear once in an atomic append.", nameof(appends));
        }

        foreach (var append in appends)
        {
            if (append.Events.Count == 0)
            {
                throw new ArgumentException($"No events were given for stream '{append.StreamId}'.", nameof(appends));
            }

            foreach (var e in append.Events)
            {
                _ = Registry.NameOf(e.GetType());
            }
        }
    }

    private async Task<AppendResult[]> WriteAsync(StreamAppend[] appends, AppendOptions options, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var inFlight = new MarkInFlight(SchemaPrefix, options.CommandId);
        var actions = new StreamAction[appends.Length];
        await using (var session = Marten.LightweightSession(SessionOptions.ForTransaction(transaction)))
        {
            // Queued before the appends, so it is the first statement of Marten's batch (see MarkInFlight).
            session.QueueOperation(inFlight);
            Stamp(session, options);
            var now = Timestamps.ToMicroseconds(Clock.GetUtcNow());
            for (var i = 0; i < appends.Length; i++)
            {
                actions[i] = Append(session, appends[i]);
                foreach (var e in actions[i].Events)
                {
                    e.Timestamp = now;
                }
            }

            await session.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        if (inFlight.StoredResult is { } duplicate)
        {
            // The command was applied before: what this batch appended is rolled back.
            await transaction.RollbackAsync(ct).ConfigureAwait(false);
            return [.. duplicate];
        }

        var firstPosition = actions.Min(a => a.Events.Min(e => e.Sequence));
        if (inFlight.SequenceSeen < 0 || inFlight.SequenceSeen >= firstPosition)
        {
            throw new InvalidOperationException(
                $"Marten drew event positions (from {firstPosition}) before the append's safe-position lock was taken (sequence seen: {inFlight.SequenceSeen}, " +
                "-1 if it did not run): subscribers could skip events. Marten's order of operations has changed; see MarkInFlight.");
        }

        var results = actions.Select((action, i) => new AppendResult(appends[i].StreamId, action.Events[0].Version,
            [.. action.Events.Select(e => e.Sequence)], Duplicate: false)).ToArray();
        if (options.CommandId is { } commandId)
        {
            await using var record = new NpgsqlCommand($"INSERT INTO {SchemaPrefix}commands (command_id, result) VALUES ($1, $2::json)", connection, transaction)
            {
                Parameters = { new() { Value = commandId }, new() { Value = CommandResults.Serialize(results) } },
            };
            await record.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        if (_options.InlineProjections.Count > 0)
        {
            var recorded = ToRecordedEvents(appends, actions, options);
            foreach (var projection in _options.InlineProjections)
            {
                await projection.ApplyAsync(new ProjectionContext(connection, transaction, SchemaPrefix), recorded, ct).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return results;
    }

    private static void Stamp(IDocumentSession session, AppendOptions options)
    {
        session.CorrelationId = options.CorrelationId;
        session.CausationId = options.CausationId;
        session.LastModifiedBy = options.Actor;
        foreach (var (key, value) in options.Headers ?? new Dictionary<string, string>())
        {
            session.SetHeader(key, value);
        }

        if (options.CommandId is { } commandId)
        {
            session.SetHeader(CommandIdHeader, commandId.ToString());
        }
    }

    private static StreamAction Append(IDocumentSession session, StreamAppend append) => append.Expected.Value switch
    {
        -1 => session.Events.Append(append.StreamId, append.Events.ToArray()),
        0 => session.Events.StartStream(append.StreamId, append.Events.ToArray()),
        var version => session.Events.Append(append.StreamId, version + append.Events.Count, append.Events.ToArray()),
    };

    /// <summary>Marten's refusals of an append that lost a race: an expected version that no longer holds, or a stream that now exists.</summary>
    private static bool IsConflict(Exception e) => e is JasperFx.ConcurrencyException
        or global::Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException
        || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation };

    /// <summary>
    /// The first append whose stream is no longer at the version it expected. Npgsql redacts the stream id from
    /// Marten's refusal, so the versions are read again.
    /// </summary>
    private async Task<WrongExpectedVersionException?> FindConflictAsync(StreamAppend[] appends, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"SELECT id, version FROM {SchemaPrefix}mt_streams WHERE id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = appends.Select(a => a.StreamId).ToArray() });
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                versions[reader.GetString(0)] = reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
            }
        }

        return appends
            .Where(a => a.Expected.Value >= 0 && versions.GetValueOrDefault(a.StreamId) != a.Expected.Value)
            .Select(a => new WrongExpectedVersionException(a.StreamId, a.Expected, versions.GetValueOrDefault(a.StreamId)))
            .FirstOrDefault();
    }

    private static StreamArchivedException? Archived(Exception e, StreamAppend[] appends)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is PostgresException { SqlState: EventChain.StreamArchivedState } refusal)
            {
                return new StreamArchivedException(refusal.MessageText[(refusal.MessageText.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            }

            if (inner is global::Marten.Exceptions.InvalidStreamOperationException refused && refused.Message.Contains("archived", StringComparison.OrdinalIgnoreCase))
            {
                return new StreamArchivedException(appends.FirstOrDefault(a => refused.Message.Contains(a.StreamId, StringComparison.Ordinal))?.StreamId ?? appends[0].StreamId);
            }
        }

        return null;
    }

    private async Task<IReadOnlyList<AppendResult>?> FindCommandResultAsync(Guid commandId, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"SELECT result::text FROM {SchemaPrefix}commands WHERE command_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = commandId });
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is string json ? CommandResults.Deserialize(json) : null;
    }

    private List<RecordedEvent> ToRecordedEvents(StreamAppend[] appends, StreamAction[] actions, AppendOptions options)
    {
        var metadata = options.ToMetadata();
        var recorded = new List<RecordedEvent>();
        for (var s = 0; s < appends.Length; s++)
        {
            foreach (var e in actions[s].Events)
            {
                recorded.Add(new RecordedEvent(Registry, e.Sequence, appends[s].StreamId, e.Version, e.Id, e.EventTypeName,
                    System.Text.Encoding.UTF8.GetString(Registry.Serialize(e.Data)), metadata, e.Timestamp));
            }
        }

        recorded.Sort((a, b) => a.Position.CompareTo(b.Position));
        return recorded;
    }

    private static AppendResult[] Reorder(IReadOnlyList<AppendResult> results, IReadOnlyList<StreamAppend> requested) =>
        [.. requested.Select(r => results.FirstOrDefault(x => x.StreamId == r.StreamId)
            ?? throw new InvalidOperationException($"The command's stored result has no entry for stream '{r.StreamId}'."))];
}
