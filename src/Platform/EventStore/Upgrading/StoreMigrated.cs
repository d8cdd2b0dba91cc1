namespace EventAgents.Platform.EventStore;

/// <summary>
/// The store's own record of an upgrade (type name <c>store.migrated.v1</c>, stream <see cref="LegacyEventsUpgrade.StreamId"/>):
/// the events of an earlier store were copied into this one and their hash chains recomputed. It keeps what the old chains
/// ended with, so the old history can still be checked against the kept tables (<see cref="KeptAs"/>).
/// </summary>
/// <param name="From">What was upgraded, e.g. "eventagents.events (EventAgents' own event store, before Marten)".</param>
/// <param name="EventsCopied">How many events were copied, each at its old position.</param>
/// <param name="HighestPosition">The highest position copied: positions (checkpoints) up to it mean what they meant before.</param>
/// <param name="Streams">Every stream copied, with its old head.</param>
/// <param name="KeptAs">The names the old tables were kept under.</param>
/// <param name="At">When the upgrade ran.</param>
public sealed record StoreMigrated(
    string From, long EventsCopied, long HighestPosition, IReadOnlyList<StoreMigratedStream> Streams, IReadOnlyList<string> KeptAs, DateTimeOffset At)
{
    public const string TypeName = "store.migrated.v1";
}

/// <summary>A stream as the earlier store left it: its version and the hex of its last chain hash (which verified before the copy).</summary>
public sealed record StoreMigratedStream(string StreamId, long Version, string LastHash, bool Archived);
