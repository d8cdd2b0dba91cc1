namespace EventAgents.Platform.EventStore;

/// <summary>The outcome of appending to one stream.</summary>
/// <param name="StreamId">The stream written to.</param>
/// <param name="FirstVersion">The version of the first appended event.</param>
/// <param name="Positions">The global position of each appended event, in order.</param>
/// <param name="Duplicate">True when the command had already been applied and nothing was written now.</param>
public sealed record AppendResult(string StreamId, long FirstVersion, IReadOnlyList<long> Positions, bool Duplicate)
{
    /// <summary>The stream's version after the append: the expected version for the next one.</summary>
    public long LastVersion => FirstVersion + Positions.Count - 1;
}
