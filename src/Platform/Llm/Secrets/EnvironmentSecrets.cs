namespace EventAgents.Platform.Llm.Secrets;

/// <summary>Secrets from environment variables (<c>env:</c>) and files (<c>file:</c>, trailing newline dropped).</summary>
/// <param name="variable">Reads an environment variable; <see cref="Environment.GetEnvironmentVariable(string)"/> in production.</param>
public sealed class EnvironmentSecrets(Func<string, string?> variable) : ISecretSource
{
    /// <summary>The process's own environment.</summary>
    public static EnvironmentSecrets Process { get; } = new(Environment.GetEnvironmentVariable);

    /// <inheritdoc />
    public Secret? Find(SecretReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var value = reference.Scheme switch
        {
            SecretReference.Environment => variable(reference.Name),
            SecretReference.File => System.IO.File.Exists(reference.Name) ? System.IO.File.ReadAllText(reference.Name).Trim() : null,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(value) ? null : new Secret(value);
    }
}
