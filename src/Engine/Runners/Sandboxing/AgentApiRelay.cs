using System.Net;
using System.Net.Sockets;

namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>
/// The only way out of a step's sandbox: a Unix socket, mounted into the sandbox, whose connections are piped to the
/// server's agent API. A step with no network reaches the server through it and nothing else; the step token still
/// decides what each request may do. One relay per attempt, so it closes with the attempt: a process left behind by a
/// stopped attempt has no way to talk to the server any more.
/// </summary>
public sealed class AgentApiRelay : IAsyncDisposable
{
    /// <summary>The socket's file name in the directory the runner mounts into the sandbox.</summary>
    public const string SocketFileName = "agent.sock";

    private readonly Socket listener;
    private readonly EndPoint server;
    private readonly CancellationTokenSource closing = new();
    private readonly List<Socket> open = [];
    private Task accepting = Task.CompletedTask;

    private AgentApiRelay(Socket listener, EndPoint server, string socketPath)
    {
        this.listener = listener;
        this.server = server;
        SocketPath = socketPath;
    }

    /// <summary>The path of the socket on this host.</summary>
    public string SocketPath { get; }

    /// <summary>Listens on <paramref name="socketPath"/> (any local user may connect: the mount decides who sees it) and relays to <paramref name="serverUrl"/>.</summary>
    public static AgentApiRelay Start(Uri serverUrl, string socketPath)
    {
        ArgumentNullException.ThrowIfNull(serverUrl);
        File.Delete(socketPath);
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            listener.Bind(new UnixDomainSocketEndPoint(socketPath));
            listener.Listen(64);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(socketPath, (UnixFileMode)0b110_110_110);
            }
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        var relay = new AgentApiRelay(listener, ServerEndPoint(serverUrl), socketPath);
        relay.accepting = relay.AcceptAsync();
        return relay;
    }

    /// <summary>Stops listening, closes every relayed connection and removes the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        if (closing.IsCancellationRequested)
        {
            return;
        }

        await closing.CancelAsync().ConfigureAwait(false);
        listener.Dispose();
        lock (open)
        {
            foreach (var socket in open)
            {
                socket.Dispose();
            }

            open.Clear();
        }

        await accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            File.Delete(SocketPath);
        }
        catch (DirectoryNotFoundException)
        {
            // Its folder went first.
        }

        closing.Dispose();
    }

    private static EndPoint ServerEndPoint(Uri serverUrl)
    {
        var port = serverUrl.IsDefaultPort ? (serverUrl.Scheme == Uri.UriSchemeHttps ? 443 : 80) : serverUrl.Port;
        if (!IPAddress.TryParse(serverUrl.IdnHost, out var address))
        {
            return new DnsEndPoint(serverUrl.IdnHost, port);
        }

        // A server listening on every address is reached on the loopback.
        if (address.Equals(IPAddress.Any))
        {
            address = IPAddress.Loopback;
        }
        else if (address.Equals(IPAddress.IPv6Any))
        {
            address = IPAddress.IPv6Loopback;
        }

        return new IPEndPoint(address, port);
    }

    private async Task AcceptAsync()
    {
        while (!closing.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(closing.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        var upstream = new Socket(server.AddressFamily == AddressFamily.Unspecified ? AddressFamily.InterNetwork : server.AddressFamily, SocketType.Stream, ProtocolType.Tcp)
        {
            NoDelay = true,
        };
        if (!Track(client) || !Track(upstream))
        {
            client.Dispose();
            upstream.Dispose();
            return;
        }

        try
        {
            await upstream.ConnectAsync(server, closing.Token).ConfigureAwait(false);
            await using var inside = new NetworkStream(client, ownsSocket: false);
            await using var outside = new NetworkStream(upstream, ownsSocket: false);
            var up = PipeAsync(inside, upstream);
            var down = PipeAsync(outside, client);
            await Task.WhenAll(up, down).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A connection that breaks ends that connection only; the agent sees it closed and retries.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        finally
        {
            Forget(client);
            Forget(upstream);
        }
    }

    /// <summary>Copies one direction and then half-closes the other side, so HTTP's request and response both finish.</summary>
    private async Task PipeAsync(NetworkStream from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, closing.Token).ConfigureAwait(false)) > 0)
        {
            await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, closing.Token).ConfigureAwait(false);
        }

        to.Shutdown(SocketShutdown.Send);
    }

    private bool Track(Socket socket)
    {
        lock (open)
        {
            if (closing.IsCancellationRequested)
            {
                return false;
            }

            open.Add(socket);
            return true;
        }
    }

    private void Forget(Socket socket)
    {
        lock (open)
        {
            open.Remove(socket);
        }

        socket.Dispose();
    }
}
