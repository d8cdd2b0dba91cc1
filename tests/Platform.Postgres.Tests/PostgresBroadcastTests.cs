using System.Text;
using EventAgents.Testing;
using Npgsql;

namespace EventAgents.Platform.Postgres.Tests;

/// <summary>A broadcast shared by two nodes over one real PostgreSQL database.</summary>
public sealed class PostgresBroadcastTests(TwoNodes nodes) : IClassFixture<TwoNodes>, IDisposable
{
    private readonly CancellationTokenSource listening = new(TimeSpan.FromSeconds(60));

    [Fact]
    public async Task Items_published_on_one_node_reach_a_subscriber_of_the_other_in_order_and_the_publishers_own_subscriber_once()
    {
        var channel = NewChannel();
        await using var a = await StartAsync(nodes.A, channel);
        await using var b = await StartAsync(nodes.B, channel);
        var onA = CollectAsync(a.SubscribeAsync("session-1", listening.Token), "fence");
        var onB = CollectAsync(b.SubscribeAsync("session-1", listening.Token), "end");
        var published = Enumerable.Range(0, 200).Select(i => new Note($"piece {i}", i)).Append(new Note("end", 200)).ToList();

        foreach (var note in published)
        {
            a.Publish("session-1", note);
        }

        Assert.Equal(published, await onB);

        // B got all of A's notifications, so A's own copies of them are ahead of B's fence in A's notification queue:
        // A's subscriber would see them before the fence if the listener handed them out again.
        b.Publish("session-1", new Note("fence", -1));
        Assert.Equal([.. published, new Note("fence", -1)], await onA);
    }

    [Fact]
    public async Task Keys_are_kept_apart_on_every_node()
    {
        var channel = NewChannel();
        await using var a = await StartAsync(nodes.A, channel);
        await using var b = await StartAsync(nodes.B, channel);
        var x = CollectAsync(b.SubscribeAsync("x", listening.Token), "end");
        var y = CollectAsync(b.SubscribeAsync("y", listening.Token), "end");
        var z = CollectAsync(b.SubscribeAsync("z", listening.Token), "end");
        var xOnA = CollectAsync(a.SubscribeAsync("x", listening.Token), "end");

        for (var i = 0; i < 20; i++)
        {
            a.Publish(i % 2 == 0 ? "x" : "y", new Note($"item {i}", i));
        }

        a.Publish("x", new Note("end", 100));
        a.Publish("y", new Note("end", 101));
        a.Publish("z", new Note("end", 102));

        var expectedX = Enumerable.Range(0, 10).Select(i => new Note($"item {i * 2}", i * 2)).Append(new Note("end", 100)).ToList();
        Assert.Equal(expectedX, await x);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => new Note($"item {(i * 2) + 1}", (i * 2) + 1)).Append(new Note("end", 101)), await y);
        Assert.Equal([new Note("end", 102)], await z);
        Assert.Equal(expectedX, await xOnA);
        Assert.Equal(0, b.SubscriberCount("x"));
    }

    [Fact]
    public async Task Items_far_over_the_payload_limit_arrive_whole_between_small_ones()
    {
        var channel = NewChannel();
        await using var a = await StartAsync(nodes.A, channel);
        await using var b = await StartAsync(nodes.B, channel);
        var onB = CollectAsync(b.SubscribeAsync("session-1", listening.Token), "end");
        var published = new List<Note>
        {
            new("small before", 0),
            new(MixedText(40_000, shift: 0), 1),
            new(MixedText(25_001, shift: 1), 2),
            new("small between \"quoted\" \u0000 and \\ escaped", 3),
            new(MixedText(BroadcastFrames.MaxPayloadBytes, shift: 2), 4),
            new("end", 5),
        };

        foreach (var note in published)
        {
            a.Publish("session-1", note);
        }

        Assert.Equal(published, await onB);
    }

    [Fact]
    public async Task A_listener_whose_connection_is_lost_listens_again_and_gets_what_is_published_after()
    {
        var channel = NewChannel();
        await using var a = new PostgresBroadcast<Note>(nodes.A, channel); // publishes only, so B's is the one listening connection
        await using var b = await StartAsync(nodes.B, channel);
        var lost = await ListenerPidAsync(channel);
        Assert.NotNull(lost);

        await using (var terminate = nodes.A.CreateCommand("SELECT pg_terminate_backend($1)"))
        {
            terminate.Parameters.Add(new NpgsqlParameter { Value = lost.Value });
            await terminate.ExecuteNonQueryAsync();
        }

        await Eventually.TrueAsync(async () => await ListenerPidAsync(channel) is { } pid && pid != lost, TimeSpan.FromSeconds(30), "B listening again");
        var onB = CollectAsync(b.SubscribeAsync("session-1", listening.Token), "end");
        a.Publish("session-1", new Note("after the loss", 1));
        a.Publish("session-1", new Note("end", 2));

        Assert.Equal([new Note("after the loss", 1), new Note("end", 2)], await onB);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(100)]
    public void Pieces_are_cut_between_characters_and_within_the_byte_limit(int maxBytes)
    {
        var text = MixedText(1_000, shift: 0) + "\ud800 lone surrogate";

        var pieces = BroadcastFrames.Split(text, maxBytes);

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 1, maxBytes));
        Assert.All(pieces.Skip(1), p => Assert.False(char.IsLowSurrogate(p[0]), "a piece begins inside a surrogate pair"));
    }

    public void Dispose() => listening.Dispose();

    /// <summary>ASCII, two-, three- and four-byte characters in turn, so cuts fall inside each of them somewhere.</summary>
    private static string MixedText(int length, int shift)
    {
        string[] characters = ["a", "é", "€", "😀", "b", "ß"];
        var text = new StringBuilder();
        for (var i = shift; text.Length < length; i++)
        {
            text.Append(characters[i % characters.Length]);
        }

        return text.ToString();
    }

    private static string NewChannel() => "broadcast_" + Guid.NewGuid().ToString("N")[..12];

    private static async Task<PostgresBroadcast<Note>> StartAsync(NpgsqlDataSource dataSource, string channel)
    {
        var broadcast = new PostgresBroadcast<Note>(dataSource, channel);
        await broadcast.StartAsync(CancellationToken.None);
        return broadcast;
    }

    /// <summary>The backend that listens on <paramref name="channel"/>, idle in its wait for notifications.</summary>
    private async Task<int?> ListenerPidAsync(string channel)
    {
        await using var command = nodes.A.CreateCommand(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle' AND query = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = $"LISTEN \"{channel}\"" });
        return await command.ExecuteScalarAsync() as int?;
    }

    /// <summary>The notes of a subscription up to and with the first whose text is <paramref name="last"/>.</summary>
    private static async Task<List<Note>> CollectAsync(IAsyncEnumerable<Note> notes, string last)
    {
        var received = new List<Note>();
        await foreach (var note in notes)
        {
            received.Add(note);
            if (note.Text == last)
            {
                break;
            }
        }

        return received;
    }
}

/// <summary>What the tests broadcast.</summary>
public sealed record Note(string Text, int Number);
