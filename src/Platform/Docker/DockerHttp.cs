using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace EventAgents.Platform.Docker;

/// <summary>Builds the <see cref="HttpClient"/> that reaches the engine: over a unix socket, plain TCP, or TCP with TLS.</summary>
internal static class DockerHttp
{
    public static HttpClient Create(DockerClientOptions options)
    {
        var endpoint = options.Endpoint;
        var handler = new SocketsHttpHandler
        {
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        Uri baseAddress;
        if (endpoint.Scheme == "unix")
        {
            var socketPath = endpoint.AbsolutePath;
            handler.ConnectCallback = (_, ct) => ConnectUnixAsync(socketPath, ct);
            baseAddress = new Uri("http://localhost/");
        }
        else
        {
            var tls = endpoint.Scheme == "https" || options.UseTls || options.ClientCertificate is not null;
            baseAddress = new UriBuilder(tls ? "https" : "http", endpoint.Host, endpoint.IsDefaultPort ? (tls ? 2376 : 2375) : endpoint.Port).Uri;
            if (tls)
            {
                handler.SslOptions = TlsOptions(options);
            }
        }

        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    private static async ValueTask<Stream> ConnectUnixAsync(string path, CancellationToken ct)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (SocketException exception)
        {
            socket.Dispose();
            throw new HttpRequestException($"Could not connect to the container engine at unix://{path}: {exception.Message}", exception);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static SslClientAuthenticationOptions TlsOptions(DockerClientOptions options)
    {
        var tls = new SslClientAuthenticationOptions();
        if (options.ClientCertificate is { } certificate)
        {
            tls.ClientCertificates = [certificate];
        }

        if (options.CertificateAuthority is { } authority)
        {
            tls.RemoteCertificateValidationCallback = (_, presented, _, errors) =>
                presented is not null && ChainsTo(presented as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(presented.GetRawCertData()), authority, errors);
        }

        return tls;
    }

    /// <summary>Accepts the engine's certificate when it chains to the configured authority and names the host.</summary>
    private static bool ChainsTo(X509Certificate2 presented, X509Certificate2 authority, SslPolicyErrors errors)
    {
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(presented);
    }
}
