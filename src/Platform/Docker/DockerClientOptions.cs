using System.Security.Cryptography.X509Certificates;

namespace EventAgents.Platform.Docker;

/// <summary>Where the engine listens and how to talk to it.</summary>
public sealed record DockerClientOptions
{
    /// <summary>The default engine endpoint on Linux.</summary>
    public static readonly Uri DefaultEndpoint = new("unix:///var/run/docker.sock");

    /// <summary><c>unix:///path/to/socket</c>, <c>tcp://host:port</c> (TLS when a certificate is configured) or <c>https://host:port</c>.</summary>
    public Uri Endpoint { get; init; } = DefaultEndpoint;

    /// <summary>The API version prefix of every request.</summary>
    public string ApiVersion { get; init; } = "v1.41";

    /// <summary>The client certificate (with its private key) for an engine that requires TLS client authentication.</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>The certificate authority the engine's certificate must chain to; the system's roots when null.</summary>
    public X509Certificate2? CertificateAuthority { get; init; }

    /// <summary>Use TLS on a <c>tcp://</c> endpoint even without a client certificate.</summary>
    public bool UseTls { get; init; }

    /// <summary>The longest a request that does not stream may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The options the Docker CLI would use: <c>DOCKER_HOST</c>, and with <c>DOCKER_TLS_VERIFY</c> the
    /// <c>ca.pem</c>, <c>cert.pem</c> and <c>key.pem</c> in <c>DOCKER_CERT_PATH</c> (or <c>~/.docker</c>).
    /// </summary>
    public static DockerClientOptions FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var host = variable("DOCKER_HOST");
        var options = new DockerClientOptions { Endpoint = string.IsNullOrWhiteSpace(host) ? DefaultEndpoint : ParseEndpoint(host) };
        if (string.IsNullOrEmpty(variable("DOCKER_TLS_VERIFY")) || variable("DOCKER_TLS_VERIFY") == "0")
        {
            return options;
        }

        var certificates = variable("DOCKER_CERT_PATH") is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker");
        return options with
        {
            UseTls = true,
            ClientCertificate = X509Certificate2.CreateFromPemFile(Path.Combine(certificates, "cert.pem"), Path.Combine(certificates, "key.pem")),
            CertificateAuthority = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(certificates, "ca.pem")),
        };
    }

    /// <summary>Parses an endpoint such as <c>unix:///run/podman/podman.sock</c> or <c>tcp://10.0.0.5:2376</c>, naming what is wrong.</summary>
    public static Uri ParseEndpoint(string endpoint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        if (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("unix" or "tcp" or "http" or "https"))
        {
            throw new ArgumentException($"The engine endpoint '{endpoint}' is not unix:///path, tcp://host:port, http:// or https://.", nameof(endpoint));
        }

        if (uri.Scheme == "unix" && uri.AbsolutePath.Length <= 1)
        {
            throw new ArgumentException($"The engine endpoint '{endpoint}' names no socket path.", nameof(endpoint));
        }

        return uri;
    }
}
