namespace EventAgents.GraphQL.Auth;

/// <summary>
/// The embedded default's first start: with no key yet, an admin key is created, printed once, and saved in
/// <c>&lt;home&gt;/api-key</c> (readable by the owner only) so the local user's tools can read it.
/// </summary>
public static class LocalAdminKey
{
    public const string FileName = "api-key";

    /// <returns>The path of the key file when a key was created, else null.</returns>
    public static async Task<string?> EnsureAsync(ApiKeys keys, string homeDirectory, Action<string> log, CancellationToken ct)
    {
        if (await keys.AnyAsync(ct).ConfigureAwait(false))
        {
            return null;
        }

        var (_, key) = await keys.CreateAsync("local-admin", Role.Admin, ct).ConfigureAwait(false);
        Directory.CreateDirectory(homeDirectory);
        var path = Path.Combine(homeDirectory, FileName);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var file = new StreamWriter(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options))
        {
            await file.WriteAsync(key).ConfigureAwait(false);
        }

        // The key itself never goes to the log: the file, readable by its owner only, is where local tools find it.
        log($"Created the first API key (admin) in {path}; create others with 'eventagents apikey create'.");
        return path;
    }
}
