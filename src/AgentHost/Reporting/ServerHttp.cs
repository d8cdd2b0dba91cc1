using System.Net.Sockets;
using EventAgents.AgentHost.Configuration;

namespace EventAgents.AgentHost.Reporting;

/// <summary>The HTTP client that talks to the server: over the sandbox's Unix socket when there is one, else over TCP.</summary>
public static class ServerHttp
{
    public static HttpClient Create(AgentSettings settings, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var handler = new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) };
        if (settings.ServerSocket is { } path)
        {
            handler.ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), ct).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        return new HttpClient(handler) { Timeout = timeout };
    }
}
