namespace EventAgents.Platform.Postgres;

/// <summary>Where and how a private PostgreSQL cluster runs.</summary>
public sealed record EmbeddedPostgresOptions
{
    /// <summary>The cluster's data folder; created and initialised on first start.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The port number (also names the unix socket file).</summary>
    public int Port { get; init; } = 5432;

    /// <summary>Also listen on 127.0.0.1 for tools such as psql; the product itself uses the unix socket.</summary>
    public bool ListenOnLoopback { get; init; }

    /// <summary>The database the product uses; created when missing.</summary>
    public string Database { get; init; } = "eventagents";

    /// <summary>Extra server settings (postgresql.conf names and values).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Settings for throwaway clusters (tests): no durability, fast start.</summary>
    public static IReadOnlyDictionary<string, string> NonDurable { get; } = new Dictionary<string, string>
    {
        ["fsync"] = "off",
        ["synchronous_commit"] = "off",
        ["full_page_writes"] = "off",
        ["max_connections"] = "300",
    };
}
