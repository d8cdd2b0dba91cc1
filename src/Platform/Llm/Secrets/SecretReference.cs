namespace EventAgents.Platform.Llm.Secrets;

/// <summary>
/// Where a secret is kept: <c>env:NAME</c> (an environment variable) or <c>file:/path</c> (a file such as a mounted
/// container secret). Configuration holds the reference, never the secret.
/// </summary>
/// <param name="Scheme">The kind of store: <c>env</c> or <c>file</c>.</param>
/// <param name="Name">The variable's name or the file's path.</param>
public sealed record SecretReference(string Scheme, string Name)
{
    /// <summary>The scheme for environment variables.</summary>
    public const string Environment = "env";

    /// <summary>The scheme for files.</summary>
    public const string File = "file";

    /// <summary>
    /// Parses <paramref name="text"/>; a text with no known scheme is refused without being echoed, since it may be a
    /// key pasted where its reference belongs.
    /// </summary>
    public static SecretReference Parse(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? text[..colon] : "";
        var name = colon > 0 ? text[(colon + 1)..].Trim() : "";
        if (scheme is not (Environment or File) || name.Length == 0)
        {
            throw new InvalidDataException(
                $"{what} must be a secret reference such as 'env:VARIABLE' or 'file:/run/secrets/key', not a literal value.");
        }

        return new SecretReference(scheme, name);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Scheme}:{Name}";
}
