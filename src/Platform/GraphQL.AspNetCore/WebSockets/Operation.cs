namespace EventAgents.Platform.GraphQL.AspNetCore.WebSockets;

/// <summary>A running operation of a WebSocket connection: cancelled by the client's complete, by the connection's
/// end, or when it finishes.</summary>
internal sealed class Operation(CancellationToken connection) : IDisposable
{
    private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connection);
    private int _disposed;

    public CancellationToken Token => _cancellation.Token;

    public void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _cancellation.Dispose();
        }
    }
}
