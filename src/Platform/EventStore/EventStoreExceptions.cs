namespace EventAgents.Platform.EventStore;

/// <summary>The stream's version was not the one the writer expected; nothing was written.</summary>
public sealed class WrongExpectedVersionException(string streamId, ExpectedVersion expected, long actual)
    : Exception($"Stream '{streamId}' was expected at version {expected} but is at version {actual}.")
{
    public string StreamId { get; } = streamId;

    public ExpectedVersion Expected { get; } = expected;

    public long ActualVersion { get; } = actual;
}

/// <summary>The stream is archived: it can no longer be appended to.</summary>
public sealed class StreamArchivedException(string streamId)
    : Exception($"Stream '{streamId}' is archived and can no longer be written or read as a live stream.")
{
    public string StreamId { get; } = streamId;
}

/// <summary>An event's CLR type or stored type name has no registered mapping.</summary>
public sealed class UnknownEventTypeException(string message) : Exception(message);
