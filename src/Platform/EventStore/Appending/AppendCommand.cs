using Npgsql;
using NpgsqlTypes;

namespace EventAgents.Platform.EventStore;

/// <summary>Builds the call of append_stream for one stream.</summary>
internal static class AppendCommand
{
    public static NpgsqlBatchCommand Create(string schemaPrefix, PreparedAppend prepared, Guid? commandId, bool recordCommand) =>
        new($"SELECT duplicate, first_version, positions, last_hash FROM {schemaPrefix}append_stream($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)")
        {
            Parameters =
            {
                new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = prepared.Append.StreamId },
                new NpgsqlParameter<long> { NpgsqlDbType = NpgsqlDbType.Bigint, TypedValue = prepared.Append.Expected.Value },
                commandId is { } id
                    ? new NpgsqlParameter<Guid> { NpgsqlDbType = NpgsqlDbType.Uuid, TypedValue = id }
                    : new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = DBNull.Value },
                new NpgsqlParameter<bool> { NpgsqlDbType = NpgsqlDbType.Boolean, TypedValue = recordCommand },
                new NpgsqlParameter<Guid[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid, TypedValue = prepared.Ids },
                new NpgsqlParameter<string[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, TypedValue = prepared.Types },
                new NpgsqlParameter<byte[][]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Json, TypedValue = prepared.Data },
                new NpgsqlParameter<byte[][]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Json, TypedValue = prepared.Metadata },
                new NpgsqlParameter<DateTimeOffset[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, TypedValue = prepared.Times },
                new NpgsqlParameter<byte[][]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea, TypedValue = prepared.Digests },
                new NpgsqlParameter<long> { NpgsqlDbType = NpgsqlDbType.Bigint, TypedValue = prepared.KnownHead?.Version ?? -1 },
                new NpgsqlParameter<byte[]> { NpgsqlDbType = NpgsqlDbType.Bytea, TypedValue = prepared.KnownHead?.Hash ?? [] },
                new NpgsqlParameter<byte[][]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea, TypedValue = prepared.Hashes },
            },
        };
}
