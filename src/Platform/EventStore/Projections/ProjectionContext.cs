using Npgsql;

namespace EventAgents.Platform.EventStore;

/// <summary>The open transaction a projection writes its read model in, together with the store's own changes.</summary>
/// <param name="Connection">The connection the transaction runs on.</param>
/// <param name="Transaction">The transaction; the projection must not commit or roll it back.</param>
/// <param name="SchemaPrefix">The store's schema, quoted and followed by a dot.</param>
public sealed record ProjectionContext(NpgsqlConnection Connection, NpgsqlTransaction Transaction, string SchemaPrefix)
{
    public NpgsqlCommand CreateCommand(string sql) => new(sql, Connection, Transaction);
}
