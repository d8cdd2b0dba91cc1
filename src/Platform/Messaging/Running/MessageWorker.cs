namespace EventAgents.Platform.Messaging;

/// <summary>
/// Consumes one queue: receives due messages, runs their handlers with bounded concurrency, performs the outcomes,
/// and acknowledges, retries or dead-letters each message. Stops gracefully when its token is cancelled.
/// </summary>
public sealed partial class MessageWorker
{
    private readonly WorkerOptions _options;
    private readonly MessageExecutor _executor;
    private readonly HashSet<Task> _running = [];
    private long _handled;
    private long _failed;

    public MessageWorker(WorkerOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Concurrency, 1);
        _options = options;
        _executor = new MessageExecutor(options);
    }

    /// <summary>Messages handled and acknowledged by this worker.</summary>
    public long Handled => Interlocked.Read(ref _handled);

    /// <summary>Handler failures (each retried or dead-lettered).</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>The last error of a handler, or of the worker's own I/O.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>Runs until <paramref name="ct"/> is cancelled, then lets in-flight handlers finish (see <see cref="WorkerOptions.ShutdownGrace"/>).</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        await using var receiver = _options.Transport.Receive(_options.Queue);
        using var handling = new CancellationTokenSource();
        using var slots = new SemaphoreSlim(_options.Concurrency);
        try
        {
            await ReceiveLoopAsync(receiver, slots, handling.Token, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping.
        }

        await DrainAsync(handling).ConfigureAwait(false);
    }

    private async Task ReceiveLoopAsync(IMessageReceiver receiver, SemaphoreSlim slots, CancellationToken handling, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await slots.WaitAsync(ct).ConfigureAwait(false);
            var free = 1;
            while (free < _options.Concurrency && slots.Wait(0))
            {
                free++;
            }

            IReadOnlyList<IDelivery> deliveries = [];
            try
            {
                deliveries = await receiver.ReceiveAsync(free, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                LastError = e;
                await Task.Delay(TimeSpan.FromSeconds(1), _options.Clock, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            finally
            {
                if (free > deliveries.Count)
                {
                    slots.Release(free - deliveries.Count);
                }
            }

            foreach (var delivery in deliveries)
            {
                Start(delivery, slots, handling);
            }
        }
    }
}
