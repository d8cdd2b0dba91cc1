using EventAgents.Platform.EventStore;

namespace EventAgents.Platform.Messaging;

/// <summary>
/// Performs what a handler decided for one delivery: appends its events, with the message id as the command id so a
/// redelivery appends nothing twice, and returns the follow-ups still to send with the acknowledgement.
/// </summary>
internal sealed class MessageExecutor(WorkerOptions options)
{
    private readonly EnvelopeFactory _envelopes = new(options.Handlers.Types, options.Routes, options.Clock);

    public async Task<IReadOnlyList<Envelope>> ExecuteAsync(IDelivery delivery, CancellationToken ct)
    {
        var envelope = delivery.Envelope;
        var message = options.Handlers.Types.Deserialize(envelope.MessageType, envelope.Body);
        for (var run = 1; ; run++)
        {
            var context = ContextFor(delivery);
            var handled = await options.Handlers.DispatchAsync(message, context, options.Store, ct).ConfigureAwait(false);
            var followUps = _envelopes.FollowUps(handled.Outcome.Messages, context);
            if (handled.Appends.Count == 0)
            {
                return followUps;
            }

            try
            {
                return await AppendAsync(handled.Appends, followUps, context, ct).ConfigureAwait(false);
            }
            catch (WrongExpectedVersionException) when (run < options.ConflictRetries)
            {
                // Another writer got there first: load again and decide again.
            }
        }
    }

    private async Task<IReadOnlyList<Envelope>> AppendAsync(
        IReadOnlyList<StreamAppend> appends, IReadOnlyList<Envelope> followUps, MessageContext context, CancellationToken ct)
    {
        var store = options.Store ?? throw new InvalidOperationException(
            $"The handler of '{context.MessageType}' returned events, but the worker has no event store.");
        var append = new AppendOptions
        {
            CommandId = context.MessageId,
            CausationId = context.MessageId.ToString(),
            CorrelationId = context.CorrelationId ?? context.MessageId.ToString(),
        };
        if (options.Outbox is null || followUps.Count == 0)
        {
            await store.AppendAsync(appends, append, ct).ConfigureAwait(false);
            return followUps;
        }

        using var staged = options.Outbox.Stage(followUps);
        await store.AppendAsync(appends, append, ct).ConfigureAwait(false);
        // A duplicate append wrote nothing now: its follow-ups went out with the first one, and resending is harmless
        // because the queue ignores ids it holds or has handled.
        return staged.Enqueued ? [] : followUps;
    }

    private MessageContext ContextFor(IDelivery delivery) => new()
    {
        MessageId = delivery.Envelope.MessageId,
        MessageType = delivery.Envelope.MessageType,
        Now = options.Clock.GetUtcNow(),
        Attempt = delivery.Attempt,
        CorrelationId = delivery.Envelope.CorrelationId,
        CausationId = delivery.Envelope.CausationId,
        Headers = delivery.Envelope.Headers ?? new Dictionary<string, string>(),
    };
}
