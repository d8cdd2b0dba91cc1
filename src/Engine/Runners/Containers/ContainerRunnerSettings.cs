using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Docker.DotNet;
using Docker.DotNet.X509;
using EventAgents.Engine.Runners.Sandboxing;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>
/// The container runner's configuration from environment variables: <c>EVENTAGENTS_DOCKER_HOST</c> (else
/// <c>DOCKER_HOST</c>, else podman's socket when it exists, else Docker's; with <c>DOCKER_TLS_VERIFY</c> the client
/// certificate and certificate authority in <c>DOCKER_CERT_PATH</c>, as the Docker CLI does),
/// <c>EVENTAGENTS_AGENT_IMAGE</c>, <c>EVENTAGENTS_DOCKER_NETWORK</c> (<c>none</c> by default, <c>slirp</c>, <c>host</c>
/// or a network's name), <c>EVENTAGENTS_SANDBOX_USER</c> (see <see cref="SandboxUser"/>) and the limits of
/// <see cref="StepLimits.From"/> (<c>EVENTAGENTS_AGENT_MEMORY_MB</c>, <c>_CPUS</c>, <c>_PIDS</c>).
/// </summary>
public static class ContainerRunnerSettings
{
    /// <summary>Where rootful podman serves the Docker API.</summary>
    public const string PodmanSocket = "/run/podman/podman.sock";

    private const string DockerSocket = "/var/run/docker.sock";

    /// <summary>The engine to talk to; dispose it after the clients it creates.</summary>
    public static DockerClientConfiguration Engine(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var host = variable("EVENTAGENTS_DOCKER_HOST") is { Length: > 0 } configured ? configured
            : variable("DOCKER_HOST") is { Length: > 0 } docker ? docker
            : "unix://" + (File.Exists(PodmanSocket) ? PodmanSocket : DockerSocket);
        var endpoint = ParseEndpoint(host);
        if (variable("DOCKER_TLS_VERIFY") is null or "" or "0")
        {
            return new DockerClientConfiguration(endpoint);
        }

        var certificates = variable("DOCKER_CERT_PATH") is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker");
        var client = X509Certificate2.CreateFromPemFile(Path.Combine(certificates, "cert.pem"), Path.Combine(certificates, "key.pem"));
        var authority = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(certificates, "ca.pem"));
        return new DockerClientConfiguration(endpoint, TlsCredentials(client, authority));
    }

    /// <summary>
    /// Credentials that present <paramref name="client"/> to the engine and accept only an engine certificate for the
    /// endpoint's host that chains to <paramref name="authority"/> (the <c>ca.pem</c> of <c>DOCKER_CERT_PATH</c>).
    /// </summary>
    public static CertificateCredentials TlsCredentials(X509Certificate2 client, X509Certificate2 authority) =>
        new(client) { ServerCertificateValidationCallback = (_, certificate, _, errors) => IssuedBy(authority, certificate, errors) };

    /// <summary>Parses an endpoint such as <c>unix:///run/podman/podman.sock</c> or <c>tcp://10.0.0.5:2376</c>, naming what is wrong.</summary>
    public static Uri ParseEndpoint(string endpoint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        if (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("unix" or "tcp" or "http" or "https"))
        {
            throw new ArgumentException($"The engine endpoint '{endpoint}' is not unix:///path, tcp://host:port, http:// or https://.", nameof(endpoint));
        }

        return uri.Scheme == "unix" && uri.AbsolutePath.Length <= 1
            ? throw new ArgumentException($"The engine endpoint '{endpoint}' names no socket path.", nameof(endpoint))
            : uri;
    }

    /// <summary>
    /// The runner's options for the installation whose home is <paramref name="home"/> (its containers' scope: servers
    /// sharing an engine, even in one process, never reconcile away each other's containers), naming any variable
    /// whose value is wrong.
    /// </summary>
    public static ContainerRunnerOptions Options(Func<string, string?> variable, string home)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var options = new ContainerRunnerOptions { Limits = StepLimits.From(variable), User = SandboxUser.For(variable), Scope = ScopeOf(Path.GetFullPath(home)) };
        if (variable("EVENTAGENTS_AGENT_IMAGE") is { Length: > 0 } image)
        {
            options = options with { Image = image };
        }

        options = variable("EVENTAGENTS_DOCKER_NETWORK") switch
        {
            null or "" => options,
            "slirp" => options with { NetworkMode = ContainerRunnerOptions.Slirp },
            var network => options with { NetworkMode = network },
        };
        return options.Validated();
    }

    /// <summary>
    /// The containers' scope of the installation whose home is <paramref name="home"/>: installations sharing an engine
    /// (test servers, two checkouts) must not reconcile away each other's containers.
    /// </summary>
    public static string ScopeOf(string home) =>
        "eventagents-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(home)))[..12];

    private static bool IssuedBy(X509Certificate2 authority, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(presented);
    }
}
