using EventAgents.Platform.EventStore;

namespace EventAgents.Platform.Messaging.Tests;

public sealed record Noted(string Text);

internal static class TestEvents
{
    public static EventTypeRegistry Registry() => new EventTypeRegistry()
        .Map<Noted>("test.noted.v1")
        .Map<Countdown.Started>("countdown.started.v1")
        .Map<Countdown.Counted>("countdown.counted.v1")
        .Map<Countdown.Finished>("countdown.finished.v1");
}
