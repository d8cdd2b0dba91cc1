using System.Security.Cryptography;

namespace EventAgents.Host.Secrets;

/// <summary>The key that encrypts stored secrets: 32 random bytes in <c>&lt;home&gt;/secrets.key</c>, readable by its owner only.</summary>
public static class SecretKeyFile
{
    public const string FileName = "secrets.key";

    public static byte[] LoadOrCreate(string homeDirectory)
    {
        var path = Path.Combine(homeDirectory, FileName);
        if (File.Exists(path))
        {
            var existing = File.ReadAllBytes(path);
            return existing.Length == 32 ? existing : throw new InvalidDataException($"{path} must hold 32 bytes; it holds {existing.Length}.");
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
