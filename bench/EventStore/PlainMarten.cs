using JasperFx.Events;
using Marten;
using Npgsql;

namespace EventAgents.Bench.EventStore;

/// <summary>
/// Plain Marten, the comparison for the product's append path: a separate <see cref="DocumentStore"/> in its own schema,
/// configured like the product's (<see cref="Platform.EventStore.EventStore.MartenOptions"/>: string stream ids, the same
/// stable type name, the same metadata columns, System.Text.Json), but with <see cref="EventAppendMode.Quick"/>, no hash-chain
/// trigger, no advisory lock and no transaction of its own around the session: <c>session.Events.Append</c>, then
/// <c>SaveChangesAsync</c>, the way Marten's samples append.
/// </summary>
internal sealed class PlainMarten : IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;

    public PlainMarten(NpgsqlDataSource dataSource, Platform.EventStore.EventTypeRegistry registry, string schema, EventAppendMode mode = EventAppendMode.Quick)
    {
        _dataSource = dataSource;
        _schema = schema;
        var options = Platform.EventStore.EventStore.MartenOptions(dataSource, registry, schema);
        options.Events.AppendMode = mode;
        Store = new DocumentStore(options);
    }

    public DocumentStore Store { get; }

    public string Schema => _schema;

    public Task MigrateAsync() => Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

    /// <summary>Appends to a stream (created if missing) with the bench's metadata: the same correlation id and user name as the product's appends.</summary>
    public async Task AppendAsync(string streamId, object[] events, CancellationToken ct = default)
    {
        await using var session = Store.LightweightSession();
        session.CorrelationId = "bench";
        session.LastModifiedBy = "bench";
        session.Events.Append(streamId, events);
        await session.SaveChangesAsync(ct);
    }

    public async Task<long> CountAsync()
    {
        await using var command = _dataSource.CreateCommand($"SELECT count(*) FROM \"{_schema}\".mt_events");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Reads events in sequence order through Marten's raw event query (which deserializes each event's data).</summary>
    public async Task<long> ReadAllAsync(long limit, CancellationToken ct)
    {
        await using var session = Store.QuerySession();
        long count = 0;
        await foreach (var e in session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).Take(checked((int)limit)).ToAsyncEnumerable(ct))
        {
            count += e.Sequence > 0 ? 1 : 0;
        }

        return count;
    }

    public void Dispose() => Store.Dispose();
}
