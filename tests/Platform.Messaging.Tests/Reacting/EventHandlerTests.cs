namespace EventAgents.Platform.Messaging.Tests;

/// <summary>Event handlers are functions: called here with no store and no subscription.</summary>
public sealed class EventHandlerTests
{
    private static EventContext Context(long version) => new()
    {
        StreamId = "note-1",
        Version = version,
        Position = 10,
        EventId = Guid.NewGuid(),
        Now = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void A_note_is_answered_with_a_ping_and_a_timeout()
    {
        var outcome = NotePinger.OnNoted(new Noted("hello"), Context(3));

        Assert.Equal([new Ping("hello", 3), new TimedOut("hello")], outcome.Messages.Select(m => m.Message));
        Assert.Equal(TimeSpan.FromMinutes(1), outcome.Messages[1].Delay);
        Assert.Empty(outcome.Appends);
    }

    [Fact]
    public void An_audit_note_is_echoed_to_the_audit_stream()
    {
        var outcome = NotePinger.OnNoted(new Noted("audit: x"), Context(2));

        var append = Assert.Single(outcome.Appends);
        Assert.Equal("audit-note-1", append.StreamId);
        Assert.Equal([new Noted("seen 2")], append.Events);
        Assert.Empty(outcome.Messages);
    }

    [Fact]
    public void An_event_type_has_one_handler_and_must_be_mapped()
    {
        var handlers = new EventHandlers(TestEvents.Registry()).On<Noted>(NotePinger.OnNoted);

        Assert.True(handlers.Handles("test.noted.v1"));
        Assert.Throws<ArgumentException>(() => handlers.On<Noted>(NotePinger.OnNoted));
        Assert.ThrowsAny<Exception>(() => handlers.On<Ping>((_, _) => Outcome.None));
    }
}
