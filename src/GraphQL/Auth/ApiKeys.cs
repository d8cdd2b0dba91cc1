using System.Security.Cryptography;
using System.Text;
using EventAgents.Platform.Postgres;
using Npgsql;

namespace EventAgents.GraphQL.Auth;

/// <summary>
/// API keys: 32 random bytes, shown once as <c>ea_&lt;id&gt;_&lt;secret&gt;</c>; the database keeps only their SHA-256 hash
/// (a key has enough entropy that a slow hash adds nothing).
/// </summary>
public sealed class ApiKeys(NpgsqlDataSource dataSource, string schema, TimeProvider clock)
{
    private const string KeyPrefix = "ea_";
    private readonly string _table = PostgresDatabase.QuoteIdentifier(schema) + ".api_keys";
    private readonly KeyActivity _activity = new(clock, TimeSpan.FromSeconds(1));

    public Task MigrateAsync(CancellationToken ct) =>
        SqlMigrator.ApplyAsync(dataSource, schema, "api-keys", Migration.FromEmbeddedResources(
            typeof(ApiKeys).Assembly, "Migrations", new Dictionary<string, string> { ["__schema__"] = PostgresDatabase.QuoteIdentifier(schema) }), ct);

    /// <summary>Creates a key; the returned text is the only copy of it.</summary>
    public async Task<(ApiKeyInfo Info, string Key)> CreateAsync(string name, Role role, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw new ArgumentException("A key's name must be 1 to 100 characters.", nameof(name));
        }

        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var key = KeyPrefix + keyId + "_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var info = new ApiKeyInfo(keyId, name.Trim(), role, clock.GetUtcNow(), null);
        await using var command = dataSource.CreateCommand($"INSERT INTO {_table} (key_id, name, role, hash, created_at) VALUES ($1, $2, $3, $4, $5)");
        command.Parameters.Add(new NpgsqlParameter { Value = info.KeyId });
        command.Parameters.Add(new NpgsqlParameter { Value = info.Name });
        command.Parameters.Add(new NpgsqlParameter { Value = role.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = Hash(key) });
        command.Parameters.Add(new NpgsqlParameter { Value = info.CreatedAt });
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return (info, key);
    }

    /// <summary>The principal of a presented key, or null when it is unknown, revoked or malformed.</summary>
    public async Task<ApiPrincipal?> AuthenticateAsync(string? presented, CancellationToken ct)
    {
        if (presented is null || !presented.StartsWith(KeyPrefix, StringComparison.Ordinal) || presented.Length > 200)
        {
            return null;
        }

        await using var command = dataSource.CreateCommand($"SELECT key_id, name, role FROM {_table} WHERE hash = $1 AND revoked_at IS NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = Hash(presented) });
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false)
            ? new ApiPrincipal(reader.GetString(0), reader.GetString(1), Enum.Parse<Role>(reader.GetString(2)))
            : null;
    }

    /// <summary>Whether the key is neither revoked nor gone: asked by open connections, so answered from a per-key
    /// memory of at most a second (a revocation by this process is seen at once, one by another process within that second).</summary>
    public ValueTask<bool> IsActiveAsync(string keyId, CancellationToken ct) => _activity.IsActiveAsync(keyId, LoadActiveAsync, ct);

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"SELECT key_id, name, role, created_at, revoked_at FROM {_table} ORDER BY created_at, key_id");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var keys = new List<ApiKeyInfo>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            keys.Add(new ApiKeyInfo(reader.GetString(0), reader.GetString(1), Enum.Parse<Role>(reader.GetString(2)), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return keys;
    }

    /// <returns>False when no active key has that id.</returns>
    public async Task<bool> RevokeAsync(string keyId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"UPDATE {_table} SET revoked_at = $2 WHERE key_id = $1 AND revoked_at IS NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = keyId });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        var revoked = await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        _activity.Revoked(keyId);
        return revoked;
    }

    public async Task<bool> AnyAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"SELECT EXISTS (SELECT 1 FROM {_table} WHERE revoked_at IS NULL)");
        return (bool)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    private async Task<bool> LoadActiveAsync(string keyId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"SELECT EXISTS (SELECT 1 FROM {_table} WHERE key_id = $1 AND revoked_at IS NULL)");
        command.Parameters.Add(new NpgsqlParameter { Value = keyId });
        return (bool)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
