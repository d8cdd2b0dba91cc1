namespace EventAgents.Platform.Messaging.Tests;

public sealed record Ping(string Key, int Number);

public sealed record Pong(string Key, int Number);

public sealed record TimedOut(string Key);

public sealed record Unmapped(int Value);

internal static class TestTypes
{
    public static MessageTypeRegistry Create() => new MessageTypeRegistry()
        .Map<Ping>("test.ping.v1")
        .Map<Pong>("test.pong.v1")
        .Map<TimedOut>("test.timed-out.v1");

    public static MessageContext Context(DateTimeOffset? now = null, int attempt = 1) => new()
    {
        MessageId = Guid.NewGuid(),
        MessageType = "test.ping.v1",
        Now = now ?? new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero),
        Attempt = attempt,
    };
}
