using System.Security.Cryptography;

namespace EventAgents.Host.Hosting;

/// <summary>The server's key for step tokens: 32 random bytes in a file only the owner can read, kept across restarts.</summary>
public static class StepTokenKey
{
    public static byte[] LoadOrCreate(string homeDirectory)
    {
        var path = Path.Combine(homeDirectory, "step-token.key");
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        Directory.CreateDirectory(homeDirectory);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(path, options))
        {
            file.Write(key);
        }

        return key;
    }
}
