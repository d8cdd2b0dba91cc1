using System.Diagnostics;

namespace EventAgents.Platform.Postgres;

/// <summary>Finds the machine's PostgreSQL server binaries, installing Debian's package when none are present.</summary>
public static class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>The folder holding initdb, pg_ctl and postgres, or null when none is installed.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("EVENTAGENTS_PG_BIN");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }

        if (!Directory.Exists(DebianRoot))
        {
            return null;
        }

        return Directory.GetDirectories(DebianRoot)
            .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0))
            .Where(x => File.Exists(Path.Combine(x.dir, "bin", "initdb")))
            .OrderByDescending(x => x.version)
            .Select(x => Path.Combine(x.dir, "bin"))
            .FirstOrDefault();
    }

    /// <summary>Returns the binaries folder, running <c>apt-get install postgresql</c> first where it is missing.</summary>
    public static async Task<string> FindOrInstallAsync(Action<string> log, CancellationToken ct)
    {
        if (Find() is { } found)
        {
            return found;
        }

        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            throw new InvalidOperationException(
                "PostgreSQL server binaries were not found under /usr/lib/postgresql. Install PostgreSQL " +
                "(for example 'sudo apt-get install postgresql'), set EVENTAGENTS_PG_BIN to its bin folder, " +
                "or point ConnectionStrings:EventStore at an existing server.");
        }

        log("PostgreSQL is not installed; installing Debian's postgresql package...");
        await Shell.RunAsync("apt-get", ["update", "-qq"], ct, environment: AptEnvironment).ConfigureAwait(false);
        await Shell.RunAsync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "postgresql"], ct, environment: AptEnvironment)
            .ConfigureAwait(false);
        return Find() ?? throw new InvalidOperationException("apt-get installed postgresql but no initdb was found under /usr/lib/postgresql.");
    }

    private static readonly Dictionary<string, string> AptEnvironment = new() { ["DEBIAN_FRONTEND"] = "noninteractive" };
}
