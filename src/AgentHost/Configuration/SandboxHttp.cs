using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace EventAgents.AgentHost.Configuration;

/// <summary>
/// The agent's HTTP clients. In a sandbox with no network the runner gives it Unix sockets instead: one relayed to
/// the server (<see cref="AgentSettings.ServerSocket"/>) and one per model provider's endpoint
/// (<see cref="AgentSettings.EndpointSockets"/>, by <c>host:port</c>); connections go to those sockets, and any other
/// connection is made as usual, which in such a sandbox fails.
/// </summary>
public static class SandboxHttp
{
    /// <summary>The client for the server's agent API.</summary>
    public static HttpClient ForServer(AgentSettings settings, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var handler = new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) };
        if (settings.ServerSocket is { } path)
        {
            handler.ConnectCallback = (_, ct) => ConnectAsync(new UnixDomainSocketEndPoint(path), ct);
        }

        return new HttpClient(handler) { Timeout = timeout };
    }

    /// <summary>The client the model providers' SDKs send through; null outside a sandbox (each SDK uses its own).</summary>
    public static HttpClient? ForProviders(AgentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.EndpointSockets.Count == 0)
        {
            return null;
        }

        var sockets = settings.EndpointSockets;
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = (context, ct) => sockets.TryGetValue(Key(context.DnsEndPoint.Host, context.DnsEndPoint.Port), out var path)
                ? ConnectAsync(new UnixDomainSocketEndPoint(path), ct)
                : ConnectAsync(context.DnsEndPoint, ct),
        };
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>How an endpoint is named in <see cref="AgentEnvironment.EndpointSockets"/>: <c>host:port</c>, lower case.</summary>
    public static string Key(string host, int port) => string.Create(CultureInfo.InvariantCulture, $"{host.ToLowerInvariant()}:{port}");

    /// <summary>Reads <c>host:port=/path;host:port=/path</c>.</summary>
    public static IReadOnlyDictionary<string, string> ParseSockets(string? text) =>
        (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => entry.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].ToLowerInvariant(), parts => parts[1], StringComparer.Ordinal);

    private static async ValueTask<Stream> ConnectAsync(EndPoint endPoint, CancellationToken ct)
    {
        var socket = endPoint is UnixDomainSocketEndPoint
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
