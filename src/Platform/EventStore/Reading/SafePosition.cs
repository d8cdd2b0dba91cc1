namespace EventAgents.Platform.EventStore;

/// <summary>
/// <see cref="Safe"/>: no event at or below it can still appear. <see cref="Head"/>: the highest position handed out.
/// When Safe is below Head, some transactions are still in flight (or rolled back).
/// </summary>
public readonly record struct SafePosition(long Safe, long Head)
{
    public bool HasInFlight => Safe < Head;
}
