namespace EventAgents.Platform.EventStore;

/// <summary>PostgreSQL keeps microseconds; events are stamped at that precision so the hashed time equals the stored time.</summary>
internal static class Timestamps
{
    public static DateTimeOffset ToMicroseconds(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    public static long UnixMicros(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
}
