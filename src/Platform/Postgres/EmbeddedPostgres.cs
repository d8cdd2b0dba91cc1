using System.Globalization;
using System.Text;
using Npgsql;

namespace EventAgents.Platform.Postgres;

/// <summary>
/// A private PostgreSQL cluster in a data folder of our own, run with the machine's PostgreSQL binaries.
/// The product talks to it over a unix socket inside the data folder.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string ServiceUser = "postgres";
    private readonly EmbeddedPostgresOptions _options;
    private readonly string _binaries;
    private readonly string? _runAs;
    private readonly Action<string> _log;
    private bool _startedByUs;

    private EmbeddedPostgres(EmbeddedPostgresOptions options, string binaries, Action<string> log)
    {
        _options = options;
        _binaries = binaries;
        _log = log;
        // PostgreSQL refuses to run as root; the Debian package provides the 'postgres' account for it.
        _runAs = Environment.UserName == "root" ? ServiceUser : null;
        DataDirectory = Path.GetFullPath(options.DataDirectory);
        SocketDirectory = DataDirectory.Length < 80 ? DataDirectory : Path.Combine("/tmp", "eventagents-" + StableHash(DataDirectory));
    }

    public string DataDirectory { get; }

    public string SocketDirectory { get; }

    /// <summary>A connection string for the product's database on this cluster.</summary>
    public string ConnectionString => ConnectionStringFor(_options.Database);

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = SocketDirectory,
        Port = _options.Port,
        Username = ServiceUser,
        Database = database,
        MaxPoolSize = 100,
    }.ConnectionString;

    /// <summary>Initialises the cluster if needed, starts it unless it is already running, and creates the database.</summary>
    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options, Action<string>? log, CancellationToken ct)
    {
        log ??= _ => { };
        var binaries = await PostgresBinaries.FindOrInstallAsync(log, ct).ConfigureAwait(false);
        var cluster = new EmbeddedPostgres(options, binaries, log);
        await cluster.InitialiseAsync(ct).ConfigureAwait(false);
        await cluster.StartServerAsync(ct).ConfigureAwait(false);
        await PostgresDatabase.EnsureExistsAsync(cluster.ConnectionString, ct).ConfigureAwait(false);
        return cluster;
    }

    /// <summary>Stops the server if this instance started it.</summary>
    public async Task StopAsync()
    {
        if (!_startedByUs)
        {
            return;
        }

        _startedByUs = false;
        await RunToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"], CancellationToken.None).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task InitialiseAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(SocketDirectory);
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return;
        }

        _log($"Initialising a PostgreSQL cluster in {DataDirectory}");
        await GrantToServiceUserAsync(DataDirectory, ct).ConfigureAwait(false);
        await RunToolAsync("initdb", ["-D", DataDirectory, "-U", ServiceUser, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"], ct)
            .ConfigureAwait(false);
        await File.AppendAllTextAsync(Path.Combine(DataDirectory, "postgresql.conf"), "\ninclude_if_exists = 'eventagents.conf'\n", ct)
            .ConfigureAwait(false);
    }

    private async Task StartServerAsync(CancellationToken ct)
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")) && await IsRunningAsync(ct).ConfigureAwait(false))
        {
            _log($"PostgreSQL is already running in {DataDirectory}");
            return;
        }

        await File.WriteAllTextAsync(Path.Combine(DataDirectory, "eventagents.conf"), RenderSettings(), ct).ConfigureAwait(false);
        await GrantToServiceUserAsync(DataDirectory, ct).ConfigureAwait(false);
        await GrantToServiceUserAsync(SocketDirectory, ct).ConfigureAwait(false);
        var logFile = Path.Combine(DataDirectory, "server.log");
        await RunToolAsync("pg_ctl", ["-D", DataDirectory, "-l", logFile, "-w", "-t", "60", "start"], ct).ConfigureAwait(false);
        _startedByUs = true;
        _log($"PostgreSQL started (socket {SocketDirectory}, port {_options.Port})");
    }

    private async Task<bool> IsRunningAsync(CancellationToken ct)
    {
        try
        {
            await RunToolAsync("pg_ctl", ["-D", DataDirectory, "status"], ct).ConfigureAwait(false);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private string RenderSettings()
    {
        var settings = new Dictionary<string, string>
        {
            ["port"] = _options.Port.ToString(CultureInfo.InvariantCulture),
            ["listen_addresses"] = _options.ListenOnLoopback ? "127.0.0.1" : "",
            ["unix_socket_directories"] = SocketDirectory,
            ["max_connections"] = "100",
            ["shared_buffers"] = "256MB",
        };
        foreach (var (key, value) in _options.Settings)
        {
            settings[key] = value;
        }

        var text = new StringBuilder("# Written by EventAgents at each start; edit EmbeddedPostgresOptions instead.\n");
        foreach (var (key, value) in settings)
        {
            text.Append(key).Append(" = '").Append(value.Replace("'", "''", StringComparison.Ordinal)).Append("'\n");
        }

        return text.ToString();
    }

    private Task RunToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct) =>
        Shell.RunAsync(Path.Combine(_binaries, tool), arguments, ct, runAsUser: _runAs);

    private async Task GrantToServiceUserAsync(string directory, CancellationToken ct)
    {
        if (_runAs is null || OperatingSystem.IsWindows())
        {
            return;
        }

        // The service user must be able to reach the folder through every parent.
        for (var parent = Path.GetDirectoryName(directory); !string.IsNullOrEmpty(parent) && parent != "/"; parent = Path.GetDirectoryName(parent))
        {
            var mode = File.GetUnixFileMode(parent);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                File.SetUnixFileMode(parent, mode | UnixFileMode.OtherExecute);
            }
        }

        await Shell.RunAsync("chown", ["-R", $"{_runAs}:", directory], ct).ConfigureAwait(false);
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static string StableHash(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12].ToLowerInvariant();
}
