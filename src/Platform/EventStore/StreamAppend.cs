namespace EventAgents.Platform.EventStore;

/// <summary>Events to append to one stream, with the version the writer expects it to have.</summary>
public sealed record StreamAppend(string StreamId, ExpectedVersion Expected, IReadOnlyList<object> Events);
