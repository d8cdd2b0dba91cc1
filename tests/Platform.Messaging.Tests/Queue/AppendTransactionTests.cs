using EventAgents.Platform.EventStore;
using EventAgents.Testing;

namespace EventAgents.Platform.Messaging.Tests;

public sealed class AppendTransactionTests : IAsyncLifetime
{
    private readonly QueueFixture fixture = new();
    private readonly string queue = "q-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    private EnvelopeFactory Envelopes() => new(TestTypes.Create(), new MessageRoutes(queue));

    /// <summary>An inline projection that enqueues a message per event, in the append's transaction, and can fail afterwards.</summary>
    private sealed class EnqueuingProjection(PostgresQueue target, EnvelopeFactory envelopes) : IInlineProjection
    {
        public bool Fail { get; set; }

        public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken ct)
        {
            var messages = events.Select(e => new OutgoingMessage(new Ping(((Noted)e.Data).Text, (int)e.Version)) { MessageId = e.EventId }).ToList();
            await target.EnqueueAsync(context, [.. messages.Select(m => envelopes.Create(m))], ct);
            if (Fail)
            {
                throw new InvalidOperationException("a later step of the append failed");
            }
        }
    }

    [Fact]
    public async Task A_message_enqueued_in_an_appends_transaction_commits_and_rolls_back_with_it()
    {
        var projection = new EnqueuingProjection(fixture.Queue, Envelopes());
        var store = fixture.CreateStore(new EventStoreOptions { InlineProjections = [projection] });

        await store.AppendAsync("note-1", ExpectedVersion.NoStream, [new Noted("kept")]);
        Assert.Equal(1, await fixture.PendingAsync(queue));

        projection.Fail = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AppendAsync("note-2", ExpectedVersion.NoStream, [new Noted("lost")]));
        Assert.Equal(1, await fixture.PendingAsync(queue));
        Assert.Null(await store.GetStreamAsync("note-2"));
    }

    [Fact]
    public async Task Staged_messages_are_enqueued_only_if_the_append_commits()
    {
        var outbox = new AppendOutbox(fixture.Queue);
        var store = fixture.CreateStore(new EventStoreOptions { InlineProjections = [outbox] });
        await store.AppendAsync("note-3", ExpectedVersion.NoStream, [new Noted("first")]);

        using (var staged = outbox.Stage([Envelopes().Create(new Ping("conflict", 1))]))
        {
            await Assert.ThrowsAsync<WrongExpectedVersionException>(() => store.AppendAsync("note-3", ExpectedVersion.NoStream, [new Noted("again")]));
        }

        Assert.Equal(0, await fixture.PendingAsync(queue));

        using (var staged = outbox.Stage([Envelopes().Create(new Ping("ok", 2))]))
        {
            await store.AppendAsync("note-3", ExpectedVersion.Exact(1), [new Noted("second")]);
            Assert.True(staged.Enqueued);
        }

        Assert.Equal(1, await fixture.PendingAsync(queue));
        await store.AppendAsync("note-3", ExpectedVersion.Exact(2), [new Noted("not staged")]);
        Assert.Equal(1, await fixture.PendingAsync(queue));
    }

    [Fact]
    public async Task A_message_enqueued_in_a_callers_transaction_rolls_back_with_it()
    {
        await using var connection = await fixture.DataSource.OpenConnectionAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await fixture.Queue.EnqueueAsync(connection, transaction, [Envelopes().Create(new Ping("rolled back", 1))], default);
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await fixture.PendingAsync(queue));
    }
}
