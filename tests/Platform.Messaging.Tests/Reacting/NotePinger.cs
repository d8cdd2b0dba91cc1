using EventAgents.Platform.EventStore;

namespace EventAgents.Platform.Messaging.Tests;

/// <summary>Event handlers as plain functions: a note is answered with a ping, or echoed to an audit stream (whose notes are ignored).</summary>
public static class NotePinger
{
    public static Outcome OnNoted(Noted noted, EventContext context) =>
        context.StreamId.StartsWith("audit-", StringComparison.Ordinal) ? Outcome.None
        : noted.Text.StartsWith("audit:", StringComparison.Ordinal)
            ? Outcome.None.AndAppend("audit-" + context.StreamId, ExpectedVersion.Any, new Noted("seen " + context.Version))
            : Outcome.Send(new Ping(noted.Text, (int)context.Version)).AndDelay(new TimedOut(noted.Text), TimeSpan.FromMinutes(1));
}
