namespace EventAgents.Platform.EventStore;

/// <summary>A stream's head: its version, the hash of its last event and whether it is archived.</summary>
public sealed record StreamInfo(string StreamId, long Version, byte[] LastHash, bool Archived, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
