using System.Diagnostics;

namespace EventAgents.Testing;

/// <summary>A real git repository in a temporary folder with one commit, and the git command line to inspect it.</summary>
public sealed class GitRepository : IDisposable
{
    private GitRepository(string path) => Path = path;

    public string Path { get; }

    /// <summary>Creates a repository on <paramref name="branch"/> whose first commit ("first") adds README.md.</summary>
    public static async Task<GitRepository> CreateAsync(string branch = "main", string folderName = "repository")
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "eventagents-git-" + Guid.NewGuid().ToString("N")[..8], folderName);
        Directory.CreateDirectory(path);
        var repository = new GitRepository(path);
        await repository.GitAsync("init", "-q", "-b", branch);
        await repository.CommitFileAsync("README.md", "hello\n", "first");
        return repository;
    }

    /// <summary>Runs git in the repository and returns its trimmed output; a failing git fails the test.</summary>
    public Task<string> GitAsync(params string[] arguments) => RunAsync(Path, arguments);

    /// <summary>Commits a change of a file as a person would upstream.</summary>
    public async Task CommitFileAsync(string file, string content, string message)
    {
        await File.WriteAllTextAsync(System.IO.Path.Combine(Path, file), content);
        await GitAsync("add", file);
        await GitAsync("-c", "user.name=tests", "-c", "user.email=tests@example.com", "commit", "-qm", message);
    }

    /// <summary>Runs git in <paramref name="directory"/> and returns its trimmed output; a failing git fails the test.</summary>
    public static async Task<string> RunAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start) ?? throw new InvalidOperationException("git did not start.");
        var error = git.StandardError.ReadToEndAsync();
        var output = await git.StandardOutput.ReadToEndAsync();
        await git.WaitForExitAsync();
        return git.ExitCode == 0
            ? output.Trim()
            : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {await error}");
    }

    public void Dispose() => Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);
}
