namespace EventAgents.Platform.EventStore;

public enum ChainProblemKind
{
    /// <summary>An event's content, type, time or version no longer matches its hash.</summary>
    Altered,

    /// <summary>An event in the middle or at the start of the stream was removed.</summary>
    Missing,

    /// <summary>Events are no longer in the order they were written in.</summary>
    Reordered,

    /// <summary>The last events of the stream were removed.</summary>
    Truncated,
}

/// <summary>The first place where a stream's history disagrees with its hash chain.</summary>
public sealed record ChainProblem(ChainProblemKind Kind, long Version, long? Position, string Message);

/// <summary>The outcome of recomputing a stream's hash chain.</summary>
public sealed record ChainVerification(string StreamId, long EventsChecked, ChainProblem? Problem)
{
    public bool IsValid => Problem is null;
}
