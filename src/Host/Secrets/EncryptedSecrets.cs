using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EventAgents.Host.Secrets;

/// <summary>
/// Secrets the server keeps for itself (provider keys given with <c>eventagents secret set NAME</c>), in
/// <c>&lt;home&gt;/secrets.json</c>: each value encrypted with AES-256-GCM under <see cref="SecretKeyFile"/>, a fresh
/// 12-byte nonce per value and the name as associated data (so a value moved to another name does not decrypt).
/// </summary>
public sealed partial class EncryptedSecrets
{
    public const string FileName = "secrets.json";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly string path;
    private readonly byte[] key;
    private readonly Lock gate = new();

    private EncryptedSecrets(string path, byte[] key)
    {
        this.path = path;
        this.key = key;
    }

    public static EncryptedSecrets Open(string homeDirectory) =>
        new(Path.Combine(homeDirectory, FileName), SecretKeyFile.LoadOrCreate(homeDirectory));

    /// <summary>The stored names, sorted.</summary>
    public IReadOnlyList<string> Names()
    {
        lock (gate)
        {
            return [.. Read().Keys.Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>The value stored under <paramref name="name"/>, or null.</summary>
    public string? Find(string name)
    {
        lock (gate)
        {
            return Read().TryGetValue(name, out var sealedValue) ? Open(name, sealedValue) : null;
        }
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="name"/> (a variable-like name), replacing what was there.</summary>
    public void Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a secret name: use letters, digits and '_', starting with a letter or '_'.", nameof(name));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        lock (gate)
        {
            var all = Read();
            all[name] = Seal(name, value);
            Write(all);
        }
    }

    /// <summary>Removes <paramref name="name"/>; false when it was not stored.</summary>
    public bool Remove(string name)
    {
        lock (gate)
        {
            var all = Read();
            var removed = all.Remove(name);
            if (removed)
            {
                Write(all);
            }

            return removed;
        }
    }

    private string Seal(string name, string value)
    {
        var plain = Encoding.UTF8.GetBytes(value);
        var sealedValue = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealedValue.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plain, sealedValue.AsSpan(NonceBytes + TagBytes), sealedValue.AsSpan(NonceBytes, TagBytes), Encoding.UTF8.GetBytes(name));
        return Convert.ToBase64String(sealedValue);
    }

    private string Open(string name, string text)
    {
        var sealedValue = Convert.FromBase64String(text);
        if (sealedValue.Length < NonceBytes + TagBytes)
        {
            throw new InvalidDataException($"The stored secret '{name}' in {path} is damaged.");
        }

        var plain = new byte[sealedValue.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(key, TagBytes);
        try
        {
            aes.Decrypt(sealedValue.AsSpan(0, NonceBytes), sealedValue.AsSpan(NonceBytes + TagBytes), sealedValue.AsSpan(NonceBytes, TagBytes), plain, Encoding.UTF8.GetBytes(name));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new InvalidDataException($"The stored secret '{name}' in {path} does not decrypt with {SecretKeyFile.FileName}: it was altered or the key changed.", e);
        }

        return Encoding.UTF8.GetString(plain);
    }

    private Dictionary<string, string> Read() =>
        File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? new(StringComparer.Ordinal)
            : new(StringComparer.Ordinal);

    private void Write(Dictionary<string, string> all)
    {
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(file, all, new JsonSerializerOptions { WriteIndented = true });
        }

        File.Move(temporary, path, overwrite: true);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ValidName();
}
