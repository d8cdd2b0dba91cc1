using System.Diagnostics;
using EventAgents.Engine.Runners.Sandboxing;

namespace EventAgents.Engine.Tests;

/// <summary>A root server (these tests run as root, as CI does)'s steps run as another user, who must write in folders the server owns (and keeps owning).</summary>
public sealed class SandboxAccessTests : IDisposable
{
    private static readonly SandboxUser StepUser = new(61000, 61000, IsServerUser: false);
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("eventagents-access-");

    [Fact]
    public async Task The_steps_user_writes_in_files_made_before_and_after_the_grant_and_the_owner_stays()
    {
        Directory.CreateDirectory(Path.Combine(folder.FullName, "src"));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "src", "before.txt"), "before");

        await SandboxAccess.GrantAsync(StepUser, [folder.FullName], CancellationToken.None);
        Directory.CreateDirectory(Path.Combine(folder.FullName, "later"));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "later", "after.txt"), "after");
        await SandboxAccess.GrantAsync(StepUser, [folder.FullName], CancellationToken.None);

        Assert.Equal(0, await AsStepUserAsync($"echo changed >> {folder.FullName}/src/before.txt && echo changed >> {folder.FullName}/later/after.txt && touch {folder.FullName}/later/new.txt"));
        Assert.Equal(Environment.UserName, (await OutputAsync("stat", "-c", "%U", Path.Combine(folder.FullName, "src", "before.txt"))).Trim());
        Assert.Equal(Environment.UserName, (await OutputAsync("stat", "-c", "%U", Path.Combine(folder.FullName, "later", "after.txt"))).Trim());
    }

    [Fact]
    public async Task The_servers_own_user_needs_no_grant()
    {
        await SandboxAccess.GrantAsync(new SandboxUser(0, 0, IsServerUser: true), [folder.FullName], CancellationToken.None);

        Assert.DoesNotContain("user:61000", await OutputAsync("getfacl", folder.FullName), StringComparison.Ordinal);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static async Task<int> AsStepUserAsync(string command)
    {
        using var process = Process.Start("setpriv", ["--reuid=61000", "--regid=61000", "--clear-groups", "--", "/bin/sh", "-c", command]);
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static async Task<string> OutputAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }
}
