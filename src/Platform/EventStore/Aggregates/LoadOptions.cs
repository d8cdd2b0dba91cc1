namespace EventAgents.Platform.EventStore;

/// <summary>Which state of an aggregate to load: the latest, as of a version, or as of a time (time travel).</summary>
public sealed record LoadOptions
{
    /// <summary>Fold events up to and including this version.</summary>
    public long? AtVersion { get; init; }

    /// <summary>Fold events recorded at or before this time.</summary>
    public DateTimeOffset? AtTime { get; init; }

    /// <summary>Use and take snapshots for this aggregate.</summary>
    public SnapshotPolicy? Snapshots { get; init; }

    public static LoadOptions Latest { get; } = new();
}

/// <summary>Snapshots of a long stream's state, taken every <paramref name="Every"/> events.</summary>
/// <param name="StateType">A stable name for the state's shape; change it when the shape changes and old snapshots are ignored.</param>
/// <param name="Every">Take a snapshot when this many events were folded since the last one.</param>
public sealed record SnapshotPolicy(string StateType, int Every = 100);

/// <summary>An aggregate's state and the version it was folded up to (0 when the stream has no events).</summary>
public sealed record Loaded<TState>(TState State, long Version, DateTimeOffset? LastEventAt);
