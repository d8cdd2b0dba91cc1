using System.Data.Common;
using JasperFx.Events;
using Weasel.Core;
using Weasel.Storage;

namespace EventAgents.Platform.EventStore;

/// <summary>
/// The first statement of an append's Marten batch: takes the shared advisory lock keyed by the event sequence's current
/// value before any position is drawn, so that safe_position holds subscribers below this transaction's events until it
/// ends, and reads the stored result of a command already applied. Riding in Marten's batch saves the round trip it
/// would cost on its own. The sequence is read with pg_sequence_last_value, under the buffer lock nextval takes: a plain
/// SELECT from the sequence can see a value nextval writes ahead for its WAL record, above positions drawn afterwards.
/// </summary>
/// <remarks>
/// Marten's unit of work sends the operations filed under <see cref="IEvent"/> first, in the order they were queued, and
/// turns the session's stream appends into operations only when it saves; so this operation, queued before the appends,
/// runs before their inserts. <see cref="SequenceSeen"/> lets the append check that it did (session.QueueSqlCommand
/// would not: Marten sends queued SQL after the event inserts).
/// </remarks>
internal sealed class MarkInFlight(string schemaPrefix, Guid? commandId) : Weasel.Storage.IStorageOperation
{
    /// <summary>The last position the sequence had handed out when the lock was taken (0 before the first).</summary>
    public long SequenceSeen { get; private set; } = -1;

    /// <summary>The stored result of the same command, when it was already applied.</summary>
    public IReadOnlyList<AppendResult>? StoredResult { get; private set; }

    public Type DocumentType => typeof(IEvent);

    public void ConfigureCommand(ICommandBuilder builder, IStorageSession session)
    {
        builder.Append("SELECT pg_advisory_xact_lock_shared(q.seen), q.seen, ");
        if (commandId is { } id)
        {
            builder.Append($"(SELECT c.result::text FROM {schemaPrefix}commands c WHERE c.command_id = ");
            builder.AppendParameter(id);
            builder.Append(")");
        }
        else
        {
            builder.Append("NULL::text");
        }

        builder.Append($" FROM (SELECT coalesce(pg_sequence_last_value('{(schemaPrefix + "mt_events_sequence").Replace("'", "''", StringComparison.Ordinal)}'::regclass), 0) AS seen) q");
    }

    public async Task PostprocessAsync(DbDataReader reader, IList<Exception> exceptions, CancellationToken token)
    {
        if (await reader.ReadAsync(token).ConfigureAwait(false))
        {
            SequenceSeen = reader.GetInt64(1);
            StoredResult = await reader.IsDBNullAsync(2, token).ConfigureAwait(false) ? null : CommandResults.Deserialize(reader.GetString(2));
        }
    }

    public OperationRole Role() => OperationRole.Other;
}
