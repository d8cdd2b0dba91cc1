namespace EventAgents.Platform.Messaging.Tests;

/// <summary>The system clock moved by a fixed offset.</summary>
public sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
