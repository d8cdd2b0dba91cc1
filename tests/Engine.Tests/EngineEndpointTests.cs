using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Docker.DotNet;
using EventAgents.Engine.Runners.Containers;
using EventAgents.Engine.Tests.Support;

namespace EventAgents.Engine.Tests;

/// <summary>
/// The container runner's engine over TCP (<c>EVENTAGENTS_DOCKER_HOST=tcp://…</c>): podman's own service on a TCP
/// port, and the same engine behind a TLS endpoint that requires a client certificate (socat terminating TLS in front
/// of the unix socket, as a TLS-protected Docker daemon would), configured as the Docker CLI is.
/// </summary>
public sealed class EngineEndpointTests : IDisposable
{
    private readonly DirectoryInfo certificates = Directory.CreateTempSubdirectory("docker-tls-");
    private readonly List<Process> started = [];

    [Fact]
    public async Task The_engine_answers_over_plain_tcp()
    {
        var port = FreePort();
        Start("podman", "system", "service", "--time=0", $"tcp://127.0.0.1:{port}");
        using var engine = ContainerRunnerSettings.Engine(Variables(("EVENTAGENTS_DOCKER_HOST", $"tcp://127.0.0.1:{port}")));
        using var client = engine.CreateClient();

        await RetryAsync(() => client.System.PingAsync());
        var version = await client.System.GetVersionAsync();

        Assert.NotEmpty(version.APIVersion);
    }

    [Fact]
    public async Task The_engine_answers_over_tls_with_the_configured_client_certificate_and_refuses_another()
    {
        var server = MakeCertificates();
        var port = FreePort();
        Start("socat", $"OPENSSL-LISTEN:{port},bind=127.0.0.1,reuseaddr,fork,cert={server},cafile={Path.Combine(certificates.FullName, "ca.pem")},verify=1",
            $"UNIX-CONNECT:{ContainerEngine.Endpoint.AbsolutePath}");
        using var engine = ContainerRunnerSettings.Engine(TlsVariables($"tcp://127.0.0.1:{port}"));
        using var client = engine.CreateClient();
        using var strangerCertificate = SelfSigned("CN=stranger");
        using var authority = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(certificates.FullName, "ca.pem"));
        using var stranger = new DockerClientConfiguration(engine.EndpointBaseUri, ContainerRunnerSettings.TlsCredentials(strangerCertificate, authority)).CreateClient();

        await RetryAsync(() => client.System.PingAsync());
        var version = await client.System.GetVersionAsync();

        Assert.NotEmpty(version.APIVersion);
        await Assert.ThrowsAnyAsync<Exception>(() => stranger.System.PingAsync());
    }

    [Fact]
    public async Task An_engine_whose_certificate_another_authority_issued_is_refused()
    {
        var server = MakeCertificates();
        var port = FreePort();
        Start("socat", $"OPENSSL-LISTEN:{port},bind=127.0.0.1,reuseaddr,fork,cert={server},verify=0", $"UNIX-CONNECT:{ContainerEngine.Endpoint.AbsolutePath}");
        using var otherAuthority = SelfSigned("CN=another CA");
        File.WriteAllText(Path.Combine(certificates.FullName, "ca.pem"), otherAuthority.ExportCertificatePem());
        using var engine = ContainerRunnerSettings.Engine(TlsVariables($"tcp://127.0.0.1:{port}"));
        using var client = engine.CreateClient();

        await RetryAsync(() => WaitForListenerAsync(port));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.System.PingAsync());
        Assert.IsNotType<DockerApiException>(error);
    }

    [Fact]
    public void The_endpoint_comes_from_eventagents_docker_host_before_docker_host()
    {
        using var ours = ContainerRunnerSettings.Engine(Variables(("EVENTAGENTS_DOCKER_HOST", "tcp://engine.example:2375"), ("DOCKER_HOST", "unix:///elsewhere.sock")));
        using var docker = ContainerRunnerSettings.Engine(Variables(("DOCKER_HOST", "unix:///elsewhere.sock")));

        Assert.Equal(new Uri("tcp://engine.example:2375"), ours.EndpointBaseUri);
        Assert.Equal(new Uri("unix:///elsewhere.sock"), docker.EndpointBaseUri);
        Assert.False(ours.Credentials.IsTlsCredentials());
        Assert.Throws<ArgumentException>(() => ContainerRunnerSettings.Engine(Variables(("EVENTAGENTS_DOCKER_HOST", "ftp://engine.example"))));
        Assert.Throws<ArgumentException>(() => ContainerRunnerSettings.Engine(Variables(("EVENTAGENTS_DOCKER_HOST", "unix://"))));
    }

    [Fact]
    public void Tls_is_used_when_docker_tls_verify_is_set()
    {
        MakeCertificates();

        using var engine = ContainerRunnerSettings.Engine(TlsVariables("tcp://engine.example:2376"));

        Assert.True(engine.Credentials.IsTlsCredentials());
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

    private static Func<string, string?> Variables(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(variable => variable.Name == name).Value;

    private Func<string, string?> TlsVariables(string host) =>
        Variables(("EVENTAGENTS_DOCKER_HOST", host), ("DOCKER_TLS_VERIFY", "1"), ("DOCKER_CERT_PATH", certificates.FullName));

    /// <summary>
    /// A CA, a server certificate for 127.0.0.1 (key and certificate in one PEM, as socat wants, whose path it returns)
    /// and a client certificate, in DOCKER_CERT_PATH's layout.
    /// </summary>
    private string MakeCertificates()
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=EventAgents test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddDays(2));

        var (server, serverKey) = Issue(ca, "CN=127.0.0.1", serverAuthentication: true);
        var (client, clientKey) = Issue(ca, "CN=eventagents-client", serverAuthentication: false);
        File.WriteAllText(Path.Combine(certificates.FullName, "ca.pem"), ca.ExportCertificatePem());
        var serverPem = Path.Combine(certificates.FullName, "server.pem");
        File.WriteAllText(serverPem, server.ExportCertificatePem() + "\n" + serverKey.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(Path.Combine(certificates.FullName, "cert.pem"), client.ExportCertificatePem());
        File.WriteAllText(Path.Combine(certificates.FullName, "key.pem"), clientKey.ExportPkcs8PrivateKeyPem());
        foreach (var disposable in new IDisposable[] { server, serverKey, client, clientKey })
        {
            disposable.Dispose();
        }

        return serverPem;
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

        return (request.Create(ca, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1), RandomNumberGenerator.GetBytes(8)), key);
    }

    private static X509Certificate2 SelfSigned(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
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

    private static async Task WaitForListenerAsync(int port)
    {
        using var probe = new TcpClient();
        try
        {
            await probe.ConnectAsync(IPAddress.Loopback, port);
        }
        catch (SocketException exception)
        {
            throw new HttpRequestException("not listening yet", exception);
        }
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
