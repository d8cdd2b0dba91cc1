using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace EventAgents.Platform.Postgres;

/// <summary>One versioned schema change of a module.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    public string Checksum { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    /// <summary>
    /// Reads the embedded resources named <c>NNNN_name.sql</c> under <paramref name="folder"/>, replacing each
    /// placeholder (such as <c>__schema__</c>) with its value.
    /// </summary>
    public static IReadOnlyList<Migration> FromEmbeddedResources(Assembly assembly, string folder, IReadOnlyDictionary<string, string> placeholders)
    {
        var prefix = assembly.GetName().Name + "." + folder + ".";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var fileName = resource[prefix.Length..^4];
            var separator = fileName.IndexOf('_', StringComparison.Ordinal);
            if (separator <= 0 || !int.TryParse(fileName[..separator], out var version))
            {
                throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var sql = reader.ReadToEnd();
            foreach (var (key, value) in placeholders)
            {
                sql = sql.Replace(key, value, StringComparison.Ordinal);
            }

            migrations.Add(new Migration(version, fileName[(separator + 1)..], sql));
        }

        return [.. migrations.OrderBy(m => m.Version)];
    }
}
