using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Npgsql;

namespace EventAgents.Platform.Postgres;

/// <summary>
/// A <see cref="LiveBroadcast{TItem}"/> shared by every process on one database: what one process publishes reaches the
/// subscribers of all of them. The publisher's own subscribers get an item at once, from memory; other processes get it
/// through <c>pg_notify</c> on <see cref="NotificationChannel"/> (as JSON), in the order it was published, and each process
/// listens on one connection and ignores its own notifications, so nobody gets an item twice.
/// <para>
/// Live only, like the in-process broadcast: nothing is stored. While a process's listening connection is lost (it
/// reconnects every second) or a publisher cannot reach the database, the items of that time do not reach other
/// processes, and they are not sent again; at most 10,000 items wait to be sent, the oldest making way. Items of any
/// size are carried: a NOTIFY payload must stay under 8000 bytes, so a longer item is sent in pieces (cut between
/// characters) within one transaction and joined by the listeners.
/// </para>
/// </summary>
public sealed class PostgresBroadcast<TItem> : IKeyedBroadcast<TItem>, IAsyncDisposable
{
    private const int MaxFramesPerTransaction = 500;
    private const int MaxWaitingItems = 10_000;

    /// <summary>How long disposing waits for the items still to be sent.</summary>
    private static readonly TimeSpan DrainWait = TimeSpan.FromSeconds(5);

    private readonly NpgsqlDataSource dataSource;
    private readonly JsonSerializerOptions json;
    private readonly LiveBroadcast<TItem> local = new();
    /// <summary>Items waiting to be sent to other processes; when the database is slow for long, the oldest are dropped.</summary>
    private readonly Channel<string> outgoing = Channel.CreateBounded<string>(
        new BoundedChannelOptions(MaxWaitingItems) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });
    private readonly Guid publisher = Guid.NewGuid();
    private readonly BroadcastAssembler assembler = new();
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock startLock = new();
    private Task? sender;
    private Task? listener;
    private bool disposed;

    /// <param name="dataSource">The database every process of the broadcast uses.</param>
    /// <param name="channel">The notification channel, the same in every process (under 64 bytes).</param>
    /// <param name="json">How items are written to and read from JSON; <see cref="JsonSerializerOptions.Default"/> when null.</param>
    public PostgresBroadcast(NpgsqlDataSource dataSource, string channel, JsonSerializerOptions? json = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var length = Encoding.UTF8.GetByteCount(channel);
        if (length is 0 or > 63 || channel.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A notification channel's name has 1 to 63 bytes and no NUL.", nameof(channel));
        }

        this.dataSource = dataSource;
        NotificationChannel = channel;
        this.json = json ?? JsonSerializerOptions.Default;
    }

    /// <summary>The channel the items travel on between processes.</summary>
    public string NotificationChannel { get; }

    /// <summary>
    /// Starts listening to the other processes; completes once their items published from now on will arrive
    /// (idempotent). Before it, subscribers get only what this process publishes.
    /// </summary>
    public Task StartAsync(CancellationToken ct)
    {
        lock (startLock)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            listener ??= Task.Run(() => ListenAsync(stopping.Token), CancellationToken.None);
        }

        return listening.Task.WaitAsync(ct);
    }

    /// <inheritdoc/>
    public void Publish(string key, TItem item)
    {
        ArgumentNullException.ThrowIfNull(key);
        local.Publish(key, item);
        lock (startLock)
        {
            if (disposed)
            {
                return;
            }

            sender ??= Task.Run(() => SendAsync(stopping.Token), CancellationToken.None);
        }

        outgoing.Writer.TryWrite(JsonSerializer.Serialize(new Envelope(key, item), json));
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<TItem> SubscribeAsync(string key, CancellationToken ct) => local.SubscribeAsync(key, ct);

    /// <inheritdoc/>
    public int SubscriberCount(string key) => local.SubscriberCount(key);

    /// <summary>
    /// Sends what was published before (while the database answers, for <see cref="DrainWait"/> at most, so a database
    /// that does not answer cannot hold a shutdown up), then stops listening.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Task? sending;
        Task? receiving;
        lock (startLock)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            sending = sender;
            receiving = listener;
        }

        outgoing.Writer.TryComplete();
        if (sending is not null)
        {
            await sending.WaitAsync(DrainWait).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        if (sending is not null)
        {
            await sending.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (receiving is not null)
        {
            await receiving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        stopping.Dispose();
    }

    private async Task SendAsync(CancellationToken ct)
    {
        var message = 0L;
        var frames = new List<string>();
        while (await outgoing.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
        {
            frames.Clear();
            while (frames.Count < MaxFramesPerTransaction && outgoing.Reader.TryRead(out var text))
            {
                frames.AddRange(BroadcastFrames.Encode(publisher, message++, text));
            }

            try
            {
                await NotifyAsync(frames, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // Live only: other processes miss these items, as they would with nobody listening.
            }
        }
    }

    /// <summary>One transaction, so the pieces of an item arrive together and after the items before them.</summary>
    private async Task NotifyAsync(List<string> frames, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var frame in frames)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify($1, $2)") { Parameters = { new() { Value = NotificationChannel }, new() { Value = frame } } });
        }

        await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresDatabase.QuoteIdentifier(NotificationChannel)}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                listening.TrySetResult();
                while (!ct.IsCancellationRequested)
                {
                    await connection.WaitAsync(ct).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // The pieces of items begun before the loss will not be completed.
                assembler.Reset();
                await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private void Receive(string payload)
    {
        if (!BroadcastFrames.TryDecode(payload, out var frame) || frame.Publisher == publisher || assembler.Accept(frame) is not { } text)
        {
            return;
        }

        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope>(text, json);
        }
        catch (JsonException)
        {
            return;
        }

        if (envelope?.Key is { } key)
        {
            local.Publish(key, envelope.Item);
        }
    }

    private sealed record Envelope(string Key, TItem Item);
}
