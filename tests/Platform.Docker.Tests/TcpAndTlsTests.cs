using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EventAgents.Platform.Docker.Tests;

/// <summary>
/// The engine over TCP: podman's own service on a TCP port, and the same engine behind a TLS endpoint that requires a
/// client certificate (socat terminating TLS in front of the unix socket, as a TLS-protected Docker daemon would).
/// </summary>
public sealed class TcpAndTlsTests : IDisposable
{
    private readonly DirectoryInfo certificates = Directory.CreateTempSubdirectory("docker-tls-");
    private readonly List<Process> started = [];

    [Fact]
    public async Task The_engine_answers_over_plain_tcp()
    {
        var port = FreePort();
        Start("podman", "system", "service", "--time=0", $"tcp://127.0.0.1:{port}");
        using var client = new DockerClient(new DockerClientOptions { Endpoint = new Uri($"tcp://127.0.0.1:{port}") });

        await RetryAsync(() => client.PingAsync(CancellationToken.None));
        var version = await client.VersionAsync(CancellationToken.None);

        Assert.NotEmpty(version.ApiVersion);
    }

    [Fact]
    public async Task The_engine_answers_over_tls_with_a_client_certificate_and_refuses_without_one()
    {
        var (authority, server, clientCertificate) = MakeCertificates();
        var port = FreePort();
        Start("socat", $"OPENSSL-LISTEN:{port},bind=127.0.0.1,reuseaddr,fork,cert={server},cafile={authority},verify=1",
            $"UNIX-CONNECT:{Engine.Endpoint.AbsolutePath}");
        var endpoint = new Uri($"tcp://127.0.0.1:{port}");
        using var caCertificate = X509CertificateLoader.LoadCertificateFromFile(authority);
        using var client = new DockerClient(new DockerClientOptions { Endpoint = endpoint, ClientCertificate = clientCertificate, CertificateAuthority = caCertificate });
        using var anonymous = new DockerClient(new DockerClientOptions { Endpoint = endpoint, UseTls = true, CertificateAuthority = caCertificate });

        await RetryAsync(() => client.PingAsync(CancellationToken.None));
        var version = await client.VersionAsync(CancellationToken.None);

        Assert.NotEmpty(version.ApiVersion);
        await Assert.ThrowsAnyAsync<Exception>(() => anonymous.PingAsync(CancellationToken.None));
        clientCertificate.Dispose();
    }

    [Fact]
    public void The_tls_options_come_from_the_docker_clients_environment()
    {
        var (authority, _, clientCertificate) = MakeCertificates();
        clientCertificate.Dispose();

        var options = DockerClientOptions.FromEnvironment(name => name switch
        {
            "DOCKER_HOST" => "tcp://engine.example:2376",
            "DOCKER_TLS_VERIFY" => "1",
            "DOCKER_CERT_PATH" => certificates.FullName,
            _ => null,
        });

        Assert.True(options.UseTls);
        Assert.NotNull(options.ClientCertificate);
        Assert.True(options.ClientCertificate.HasPrivateKey);
        using var expected = X509CertificateLoader.LoadCertificateFromFile(authority);
        Assert.Equal(expected.Thumbprint, options.CertificateAuthority!.Thumbprint);
    }

    public void Dispose()
    {
        foreach (var process in started)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process.Dispose();
        }

        certificates.Delete(recursive: true);
    }

    /// <summary>A CA, a server certificate for 127.0.0.1 (key and certificate in one PEM, as socat wants) and a client certificate, in DOCKER_CERT_PATH's layout.</summary>
    private (string Authority, string Server, X509Certificate2 Client) MakeCertificates()
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=EventAgents test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddDays(2));

        var server = Issue(ca, "CN=127.0.0.1", serverAuthentication: true);
        var client = Issue(ca, "CN=eventagents-client", serverAuthentication: false);
        var authority = Path.Combine(certificates.FullName, "ca.pem");
        File.WriteAllText(authority, ca.ExportCertificatePem());
        var serverPem = Path.Combine(certificates.FullName, "server.pem");
        File.WriteAllText(serverPem, server.Certificate.ExportCertificatePem() + "\n" + server.Key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(Path.Combine(certificates.FullName, "cert.pem"), client.Certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(certificates.FullName, "key.pem"), client.Key.ExportPkcs8PrivateKeyPem());
        var clientCertificate = X509Certificate2.CreateFromPemFile(Path.Combine(certificates.FullName, "cert.pem"), Path.Combine(certificates.FullName, "key.pem"));
        server.Key.Dispose();
        client.Key.Dispose();
        return (authority, serverPem, clientCertificate);
    }

    private static (X509Certificate2 Certificate, RSA Key) Issue(X509Certificate2 ca, string subject, bool serverAuthentication)
    {
        var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid(serverAuthentication ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2")], false));
        if (serverAuthentication)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
        }

        var certificate = request.Create(ca, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1), RandomNumberGenerator.GetBytes(8));
        return (certificate, key);
    }

    private void Start(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        started.Add(Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start."));
    }

    private static async Task RetryAsync(Func<Task> attempt)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                await attempt();
                return;
            }
            catch (HttpRequestException) when (tries < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
