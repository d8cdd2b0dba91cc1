using System.Diagnostics;

namespace EventAgents.Tests.Support;

/// <summary>A real git repository in a temporary directory, made with the git CLI, with one commit.</summary>
public sealed class TempGitRepository : IDisposable
{
    public TempGitRepository()
    {
        Path = Directory.CreateTempSubdirectory("eventagents-repo-").FullName;
        File.WriteAllText(System.IO.Path.Combine(Path, "README.md"), "# test repository\n");
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "tests@eventagents.invalid");
        Git("config", "user.name", "EventAgents tests");
        Git("add", "-A");
        Git("commit", "-q", "-m", "initial");
    }

    public string Path { get; }

    /// <summary>Runs git in <paramref name="directory"/> (the repository by default) and returns its trimmed output.</summary>
    public string GitIn(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Trim() : throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error}");
    }

    public string Git(params string[] arguments) => GitIn(Path, arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
