namespace EventAgents.Platform.EventStore;

public enum ReadDirection
{
    Forwards,
    Backwards,
}

/// <summary>Which part of a stream to read.</summary>
public sealed record ReadStreamOptions
{
    /// <summary>The first version to return (inclusive); by default the start, or the end when reading backwards.</summary>
    public long? FromVersion { get; init; }

    public ReadDirection Direction { get; init; } = ReadDirection.Forwards;

    public int MaxCount { get; init; } = int.MaxValue;

    /// <summary>Read an archived stream too (for audits); otherwise reading one throws <see cref="StreamArchivedException"/>.</summary>
    public bool IncludeArchived { get; init; }

    public static ReadStreamOptions All { get; } = new();
}
