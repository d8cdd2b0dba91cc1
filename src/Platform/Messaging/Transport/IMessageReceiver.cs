namespace EventAgents.Platform.Messaging;

/// <summary>Takes due messages from one queue for one worker.</summary>
public interface IMessageReceiver : IAsyncDisposable
{
    /// <summary>Waits until at least one message is due, then returns up to <paramref name="max"/> of them.</summary>
    Task<IReadOnlyList<IDelivery>> ReceiveAsync(int max, CancellationToken ct);
}
