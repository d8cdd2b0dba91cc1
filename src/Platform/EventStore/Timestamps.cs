namespace EventAgents.Platform.EventStore;

/// <summary>PostgreSQL keeps microseconds; events are stamped at that precision so the time read back (and hashed by the chain) equals the time stamped.</summary>
internal static class Timestamps
{
    public static DateTimeOffset ToMicroseconds(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }
}
