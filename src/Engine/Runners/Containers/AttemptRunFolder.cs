using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.Sandboxing;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>
/// An attempt's private run folder on this host (mode 0700, opened to the sandbox user by ACL), mounted into its
/// container at <see cref="SandboxLayout.RunDirectoryInside"/>: the step's configuration, the container's own
/// <c>/etc/passwd</c> and <c>/etc/group</c>, and the socket of the attempt's <see cref="AgentApiRelay"/>, the agent's
/// only way to the server. Disposing it closes the relay and deletes the folder.
/// </summary>
public sealed class AttemptRunFolder : IAsyncDisposable
{
    /// <summary>How the run folders' names start, so that reconciliation deletes only folders of this runner.</summary>
    public const string Prefix = "eventagents-container-";

    private readonly List<AgentApiRelay> relays;

    private AttemptRunFolder(string path, List<AgentApiRelay> relays, string? endpointSockets)
    {
        Path = path;
        this.relays = relays;
        EndpointSockets = endpointSockets;
    }

    public string Path { get; }

    /// <summary>The value of <c>EVENTAGENTS_ENDPOINT_SOCKETS</c> for the step's other endpoints (its model providers'), if it has any.</summary>
    public string? EndpointSockets { get; }

    /// <summary>Creates the folder, writes the configuration and accounts, gives the sandbox user the step's folders and starts the relay.</summary>
    public static async Task<AttemptRunFolder> PrepareAsync(StepLaunch launch, SandboxUser user, CancellationToken ct)
    {
        var path = Directory.CreateTempSubdirectory(Prefix).FullName;
        var relays = new List<AgentApiRelay>();
        try
        {
            var configuration = System.IO.Path.Combine(path, AgentContainerSpec.ConfigurationFileName);
            await File.WriteAllTextAsync(configuration, launch.ConfigurationJson, ct).ConfigureAwait(false);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(configuration, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            await Bubblewrap.WriteAccountsAsync(path, user, launch.AgentHomePath, ct).ConfigureAwait(false);
            await SandboxAccess.GrantAsync(user, [.. SandboxLayout.WritableFolders(launch), path], ct).ConfigureAwait(false);
            relays.Add(AgentApiRelay.Start(launch.ServerUrl, System.IO.Path.Combine(path, AgentApiRelay.SocketFileName)));
            return new AttemptRunFolder(path, relays, EndpointRelays.Start(launch.Endpoints, path, relays));
        }
        catch
        {
            foreach (var relay in relays)
            {
                await relay.DisposeAsync().ConfigureAwait(false);
            }

            Directory.Delete(path, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// The run folder of a container a previous process started, with a new relay on its socket (the old one died with
    /// that process), so the adopted agent reports again; null when the folder is not one of this runner's or is gone.
    /// </summary>
    public static AttemptRunFolder? Reopen(string? path, Uri serverUrl)
    {
        ArgumentNullException.ThrowIfNull(serverUrl);
        return IsOurs(path) ? new AttemptRunFolder(path!, [AgentApiRelay.Start(serverUrl, System.IO.Path.Combine(path!, AgentApiRelay.SocketFileName))], null) : null;
    }

    /// <summary>Deletes a run folder a previous process left behind (named in a container's label), if it is one of this runner's.</summary>
    public static void DeleteLeftBehind(string? path)
    {
        if (IsOurs(path))
        {
            Directory.Delete(path!, recursive: true);
        }
    }

    private static bool IsOurs(string? path) =>
        path is not null && System.IO.Path.GetFileName(path).StartsWith(Prefix, StringComparison.Ordinal) && Directory.Exists(path);

    public async ValueTask DisposeAsync()
    {
        foreach (var relay in relays)
        {
            await relay.DisposeAsync().ConfigureAwait(false);
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone: a disposal must not fail the watcher, which still has the attempt's end to report.
        }
    }
}
