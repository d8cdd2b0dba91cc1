using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>
/// The network of a step that may use one: slirp4netns gives the sandbox's own network namespace a user-mode
/// connection to the outside, with this host's loopback (where the database and the server listen) out of reach.
/// bubblewrap holds the step back (<c>--block-fd</c>) until the network is up, and tells the sandbox's pid
/// (<c>--info-fd</c>), both through files of the run folder.
/// </summary>
internal sealed class SandboxNetwork : IAsyncDisposable
{
    /// <summary>The program; Debian's package is <c>slirp4netns</c>.</summary>
    public const string Program = "slirp4netns";

    public const string InfoFile = "sandbox-info.json";
    public const string GoFile = "sandbox-go";
    public const string ResolverFile = "resolv.conf";
    private const string ReadyFile = "network-ready";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly string runDirectory;
    private readonly bool inUserNamespace;
    private Process? slirp;

    private SandboxNetwork(string runDirectory, bool inUserNamespace)
    {
        this.runDirectory = runDirectory;
        this.inUserNamespace = inUserNamespace;
    }

    /// <summary>Makes the files bubblewrap and the sandbox use: the pipe that holds it back and its resolver (slirp4netns's DNS).</summary>
    public static async Task<SandboxNetwork> PrepareAsync(string runDirectory, SandboxUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        await File.WriteAllTextAsync(Path.Combine(runDirectory, ResolverFile), "nameserver 10.0.2.3\n", ct).ConfigureAwait(false);
        await HostCommand.RunAsync("mkfifo", ["-m", "0600", Path.Combine(runDirectory, GoFile)], "it is part of coreutils", ct).ConfigureAwait(false);
        return new SandboxNetwork(runDirectory, user.IsServerUser);
    }

    /// <summary>Connects the started sandbox's network and lets the step go on.</summary>
    public async Task ConnectAsync(CancellationToken ct)
    {
        var pid = await SandboxPidAsync(ct).ConfigureAwait(false);
        var ready = Path.Combine(runDirectory, ReadyFile);
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        var arguments = new List<string> { "-c", "exec \"$@\" 3>\"$0\"", ready, Program, "--configure", "--mtu=65520", "--disable-host-loopback", "--ready-fd=3" };
        if (inUserNamespace)
        {
            arguments.Add(string.Create(CultureInfo.InvariantCulture, $"--userns-path=/proc/{pid}/ns/user"));
        }

        arguments.AddRange([pid.ToString(CultureInfo.InvariantCulture), "tap0"]);
        arguments.ForEach(start.ArgumentList.Add);
        try
        {
            slirp = Process.Start(start) ?? throw new InvalidOperationException($"{Program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"A step with network needs {Program}, which is not installed (apt-get install {Program}).", exception);
        }

        slirp.BeginOutputReadLine();
        slirp.BeginErrorReadLine();
        await WaitForAsync(() => File.Exists(ready) && new FileInfo(ready).Length > 0, $"{Program} to connect the sandbox", ct).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(runDirectory, GoFile), "go", ct).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (slirp is null)
        {
            return;
        }

        try
        {
            slirp.Kill();
            await slirp.WaitForExitAsync().ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // It had ended with its namespace.
        }

        slirp.Dispose();
    }

    private async Task<int> SandboxPidAsync(CancellationToken ct)
    {
        var info = Path.Combine(runDirectory, InfoFile);
        var pid = 0;
        await WaitForAsync(() => TryReadPid(info, out pid), "the sandbox to start", ct).ConfigureAwait(false);
        return pid;
    }

    private static bool TryReadPid(string path, out int pid)
    {
        pid = 0;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.TryGetProperty("child-pid", out var value) && value.TryGetInt32(out pid);
        }
        catch (Exception exception) when (exception is IOException or JsonException)
        {
            return false; // Not written (whole) yet.
        }
    }

    private static async Task WaitForAsync(Func<bool> done, string what, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        while (!done())
        {
            if (waited.Elapsed > Patience)
            {
                throw new TimeoutException($"Timed out after {Patience.TotalSeconds:0}s waiting for {what}.");
            }

            await Task.Delay(5, ct).ConfigureAwait(false);
        }
    }
}
