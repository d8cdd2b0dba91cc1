using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using EventAgents.Platform.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.WebSockets;

/// <summary>One <c>graphql-transport-ws</c> connection: the receive loop, the connection state and the running operations.</summary>
internal sealed partial class TransportWsConnection : IDisposable
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);
    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly GraphQLExecutor _executor;
    private readonly GraphQLEndpointOptions _options;
    private readonly MessageSender _sender;
    private readonly CancellationTokenSource _lifetime;
    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private ITimer? _graceTimer;
    private Task _credentialWatch = Task.CompletedTask;
    private volatile bool _initReceived;
    private volatile bool _acknowledged;
    private object? _userContext;

    public TransportWsConnection(WebSocket socket, HttpContext context, GraphQLExecutor executor, GraphQLEndpointOptions options)
    {
        _socket = socket;
        _context = context;
        _executor = executor;
        _options = options;
        _sender = new MessageSender(socket);
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    }

    public async Task RunAsync()
    {
        var initTimeout = WatchInitialisationAsync();
        try
        {
            await ReceiveAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            await _lifetime.CancelAsync().ConfigureAwait(false);
            foreach (var operation in _operations.Values)
            {
                operation.Cancel();
            }

            await Task.WhenAll([.. _running.Keys, initTimeout, _credentialWatch]).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _graceTimer?.Dispose();
        _lifetime.Dispose();
        _sender.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var message = new ArrayBufferWriter<byte>(4096);
        var token = _lifetime.Token;
        while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            var received = await _socket.ReceiveAsync(message.GetMemory(4096), token).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await _sender.CloseAsync((int)(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), string.Empty, token).ConfigureAwait(false);
                return;
            }

            message.Advance(received.Count);
            if (message.WrittenCount > _options.MaxRequestBodySize)
            {
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, "Message too big").ConfigureAwait(false);
                message = new ArrayBufferWriter<byte>(4096);
                continue;
            }

            if (received.EndOfMessage && !_sender.IsClosed)
            {
                await HandleAsync(message.WrittenMemory).ConfigureAwait(false);
                message.ResetWrittenCount();
            }
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        await _sender.CloseAsync(code, reason, CancellationToken.None).ConfigureAwait(false);
        foreach (var operation in _operations.Values)
        {
            operation.Cancel();
        }

        // Closes can race (the receive loop, the init timeout, the credential watch): keep one timer, dispose the others,
        // as a timer nobody disposes would fire on the disposed lifetime after the connection ended.
        if (Volatile.Read(ref _graceTimer) is null)
        {
            var grace = _options.TimeProvider.CreateTimer(static state => ((CancellationTokenSource)state!).Cancel(), _lifetime, CloseGrace, Timeout.InfiniteTimeSpan);
            if (Interlocked.CompareExchange(ref _graceTimer, grace, null) is not null)
            {
                grace.Dispose();
            }
        }
    }

    private async Task WatchInitialisationAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _options.TimeProvider, _lifetime.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }
}
