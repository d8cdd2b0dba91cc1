using System.Text.Json;

namespace EventAgents.Platform.Messaging;

public sealed partial class MessageWorker
{
    private async Task ProcessAsync(IDelivery delivery, CancellationToken handling)
    {
        var policy = _options.Handlers.RetryPolicyFor(delivery.Envelope.MessageType);
        try
        {
            if (delivery.Attempt > policy.MaxAttempts)
            {
                // Earlier attempts never finished (the worker died while handling): do not let a poison message loop.
                await delivery.DeadLetterAsync(MessageFailure.From(new AttemptsExhaustedException(
                    $"Message {delivery.Envelope.MessageId} was delivered {delivery.Attempt} times without being settled."))
                    , CancellationToken.None).ConfigureAwait(false);
                return;
            }

            IReadOnlyList<Envelope> followUps;
            using var timeout = _options.HandlerTimeout is { } limit ? new CancellationTokenSource(limit, _options.Clock) : new CancellationTokenSource();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(handling, timeout.Token);
            try
            {
                followUps = await _executor.ExecuteAsync(delivery, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (handling.IsCancellationRequested)
            {
                await delivery.AbandonAsync(CancellationToken.None).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException e) when (timeout.IsCancellationRequested)
            {
                var error = new TimeoutException($"The handler of '{delivery.Envelope.MessageType}' did not finish within {_options.HandlerTimeout}.", e);
                await FailAsync(delivery, policy, error).ConfigureAwait(false);
                return;
            }
            catch (Exception e)
            {
                await FailAsync(delivery, policy, e).ConfigureAwait(false);
                return;
            }

            await delivery.CompleteAsync(followUps, CancellationToken.None).ConfigureAwait(false);
            Interlocked.Increment(ref _handled);
        }
        catch (Exception e)
        {
            // Settling failed (the database is unreachable?): the lease runs out and the message comes back.
            LastError = e;
        }
    }

    private async Task FailAsync(IDelivery delivery, RetryPolicy policy, Exception error)
    {
        LastError = error;
        Interlocked.Increment(ref _failed);
        var failure = MessageFailure.From(error);
        var permanent = error is NoHandlerException or UnknownMessageTypeException or JsonException;
        if (!permanent && policy.CanRetry(delivery.Attempt))
        {
            var at = _options.Clock.GetUtcNow() + policy.DelayAfter(delivery.Attempt);
            await delivery.RetryAsync(at, failure, CancellationToken.None).ConfigureAwait(false);
        }
        else
        {
            await delivery.DeadLetterAsync(failure, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
