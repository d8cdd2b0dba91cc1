namespace EventAgents.Platform.EventStore;

/// <summary>
/// The database still holds a previous version's events that are not in Marten's streams yet: whatever reads the store
/// now would see an empty or partial history. <c>eventagents migrate</c> (or any start that migrates) upgrades it.
/// </summary>
public sealed class LegacyEventsPendingException(string schema, long events)
    : Exception($"This database holds {events} event(s) of the previous EventAgents version in {schema}.events that are not in Marten's streams yet. " +
        "Run `eventagents migrate` to upgrade it: it copies them at their old positions, recomputes their hash chains and keeps the old tables " +
        $"as {schema}.legacy_events and {schema}.legacy_streams.")
{
    public string Schema { get; } = schema;

    public long Events { get; } = events;
}

/// <summary>A previous version's event store could not be upgraded; nothing was copied and the old tables are as they were.</summary>
public sealed class LegacyEventsUpgradeException(string message) : Exception(message);
