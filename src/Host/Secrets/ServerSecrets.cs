using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Models;
using EventAgents.Engine.Secrets;
using EventAgents.Platform.Llm.Secrets;
using Npgsql;

namespace EventAgents.Host.Secrets;

/// <summary>
/// Where the server finds secrets: <c>env:NAME</c> is the server's environment variable, else the secret stored under
/// that name (<see cref="EncryptedSecrets"/>); <c>file:/path</c> is the file. And what it keeps out of logs, events
/// and outputs: the provider keys, stored secrets, the database password, the values of its environment variables whose
/// names say they are secret (<c>*TOKEN*</c>, <c>*SECRET*</c>, <c>*KEY*</c>, <c>*PASSWORD*</c>), and its step tokens.
/// </summary>
public sealed class ServerSecrets(EncryptedSecrets stored, Func<string, string?> variable) : ISecretSource
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);
    private static readonly string[] SecretWords = ["TOKEN", "SECRET", "KEY", "PASSWORD", "PASSWD", "CREDENTIAL"];

    public static ServerSecrets Open(string homeDirectory) => new(EncryptedSecrets.Open(homeDirectory), Environment.GetEnvironmentVariable);

    public Secret? Find(SecretReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var found = new EnvironmentSecrets(variable).Find(reference);
        if (found is null && reference.Scheme == SecretReference.Environment && stored.Find(reference.Name) is { Length: > 0 } value)
        {
            found = new Secret(value);
        }

        return found;
    }

    /// <summary>The redactor for this server: read anew each time, so a key set or rotated while it runs is covered.</summary>
    public SecretRedactor Redactor(ServerModels models, string? connectionString, StepTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(models);
        var password = connectionString is null ? null : new NpgsqlConnectionStringBuilder(connectionString).Password;
        string[] cached = [];
        var readAt = DateTimeOffset.MinValue;
        var gate = new Lock();
        return new SecretRedactor(
            () =>
            {
                lock (gate)
                {
                    // Reading the store and the environment for every report would cost more than the reports.
                    if (DateTimeOffset.UtcNow - readAt > CacheFor)
                    {
                        cached = [.. Values(models, password).Distinct()];
                        readAt = DateTimeOffset.UtcNow;
                    }

                    return cached;
                }
            },
            tokens);
    }

    private IEnumerable<string> Values(ServerModels models, string? password)
    {
        foreach (var key in models.Keys())
        {
            yield return key.Reveal();
        }

        foreach (var name in stored.Names())
        {
            if (stored.Find(name) is { } value)
            {
                yield return value;
            }
        }

        if (!string.IsNullOrEmpty(password))
        {
            yield return password;
        }

        foreach (var name in Environment.GetEnvironmentVariables().Keys.OfType<string>().Where(LooksSecret))
        {
            if (variable(name) is { Length: > 0 } value)
            {
                yield return value;
            }
        }
    }

    private static bool LooksSecret(string name) =>
        SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));
}
