namespace EventAgents.Platform.Messaging;

public sealed partial class MessageWorker
{
    private void Start(IDelivery delivery, SemaphoreSlim slots, CancellationToken handling)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await ProcessAsync(delivery, handling).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }, CancellationToken.None);
        lock (_running)
        {
            _running.Add(task);
        }

        task.ContinueWith(t => { lock (_running) { _running.Remove(t); } }, TaskScheduler.Default);
    }

    private async Task DrainAsync(CancellationTokenSource handling)
    {
        Task all;
        lock (_running)
        {
            all = Task.WhenAll(_running);
        }

        using var grace = new CancellationTokenSource();
        var timeout = Task.Delay(_options.ShutdownGrace, _options.Clock, grace.Token);
        if (await Task.WhenAny(all, timeout).ConfigureAwait(false) != all)
        {
            await handling.CancelAsync().ConfigureAwait(false);
        }

        await grace.CancelAsync().ConfigureAwait(false);
        await all.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
