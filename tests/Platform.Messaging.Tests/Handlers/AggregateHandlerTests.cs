namespace EventAgents.Platform.Messaging.Tests;

/// <summary>Given the stream's history, when a message arrives, then these events and messages follow.</summary>
public sealed class AggregateHandlerTests
{
    private static readonly MessageContext Context = TestTypes.Context();

    [Fact]
    public void A_ping_below_the_limit_is_counted_answered_and_given_a_timeout()
    {
        var outcome = Countdown.Handler.Given([new Countdown.Started(3)], new Ping("k", 1), Context);

        Assert.Equal([new Countdown.Counted(1)], outcome.Events);
        Assert.Equal([new Pong("k", 1), new TimedOut("k")], outcome.Messages.Select(m => m.Message));
        Assert.Equal(Context.Now.AddMinutes(5), outcome.Messages[1].DeliverAt);
    }

    [Fact]
    public void The_ping_at_the_limit_finishes_the_countdown()
    {
        var outcome = Countdown.Handler.Given([new Countdown.Started(2), new Countdown.Counted(1)], new Ping("k", 2), Context);

        Assert.Equal([new Countdown.Counted(2), new Countdown.Finished()], outcome.Events);
        Assert.Equal([new Pong("k", 2)], outcome.Messages.Select(m => m.Message));
    }

    [Fact]
    public void A_duplicate_or_late_ping_changes_nothing()
    {
        Assert.True(Countdown.Handler.Given([new Countdown.Started(3), new Countdown.Counted(2)], new Ping("k", 2), Context).IsEmpty);
        Assert.True(Countdown.Handler.Given([new Countdown.Started(1), new Countdown.Counted(1), new Countdown.Finished()], new Ping("k", 9), Context).IsEmpty);
    }
}
