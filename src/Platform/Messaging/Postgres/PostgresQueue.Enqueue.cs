using EventAgents.Platform.EventStore;
using Npgsql;

namespace EventAgents.Platform.Messaging;

public sealed partial class PostgresQueue
{
    /// <summary>Enqueues in a transaction of its own. An id already queued or handled is ignored.</summary>
    public async Task SendAsync(IReadOnlyList<Envelope> envelopes, CancellationToken ct)
    {
        if (envelopes.Count == 0)
        {
            return;
        }

        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await EnqueueAsync(connection, null, envelopes, ct, notify: false).ConfigureAwait(false);
        Signal.Committed();
    }

    /// <summary>
    /// Enqueues inside the transaction an inline projection runs in, i.e. the event store's append:
    /// the messages exist if and only if the events were appended.
    /// </summary>
    public Task EnqueueAsync(ProjectionContext context, IReadOnlyList<Envelope> envelopes, CancellationToken ct, bool notify = true) =>
        EnqueueAsync(context.Connection, context.Transaction, envelopes, ct, notify);

    /// <summary>For callers that enqueued with <c>notify: false</c>: call once their transaction has committed.</summary>
    public void Committed() => Signal.Committed();

    /// <summary>
    /// Enqueues on the caller's connection and transaction (none: autocommit); the messages become visible to
    /// workers, and the workers of other processes are woken, when the transaction commits. With <paramref name="notify"/>
    /// false no NOTIFY joins the transaction: the caller calls <see cref="Committed"/> after its commit instead.
    /// </summary>
    public async Task EnqueueAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<Envelope> envelopes, CancellationToken ct, bool notify = true)
    {
        if (envelopes.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(InsertCommand(envelopes));
        if (notify)
        {
            batch.BatchCommands.Add(NotifyCommand());
        }

        await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private NpgsqlBatchCommand InsertCommand(IReadOnlyList<Envelope> envelopes) => new(
        $"""
        INSERT INTO {_prefix}messages (id, queue, type, body, headers, correlation_id, causation_id, enqueued_at, deliver_at, visible_at)
        SELECT u.id, u.queue, u.type, u.body::json, u.headers::json, u.correlation_id, u.causation_id, u.enqueued_at, u.deliver_at, u.deliver_at
        FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[])
            AS u(id, queue, type, body, headers, correlation_id, causation_id, enqueued_at, deliver_at)
        WHERE NOT EXISTS (SELECT 1 FROM {_prefix}handled_messages h WHERE h.id = u.id)
        ON CONFLICT (id) DO NOTHING
        """)
    {
        Parameters =
        {
            new() { Value = envelopes.Select(e => e.MessageId).ToArray() },
            new() { Value = envelopes.Select(e => e.Queue).ToArray() },
            new() { Value = envelopes.Select(e => e.MessageType).ToArray() },
            new() { Value = envelopes.Select(e => e.Body).ToArray() },
            new() { Value = envelopes.Select(e => HeadersJson.Write(e.Headers)).ToArray() },
            new() { Value = envelopes.Select(e => e.CorrelationId).ToArray() },
            new() { Value = envelopes.Select(e => e.CausationId).ToArray() },
            new() { Value = envelopes.Select(e => Utc(e.EnqueuedAt)).ToArray() },
            new() { Value = envelopes.Select(e => Utc(e.DeliverAt)).ToArray() },
        },
    };

    private NpgsqlBatchCommand NotifyCommand() => new("SELECT pg_notify($1, '')") { Parameters = { new() { Value = Channel } } };
}
