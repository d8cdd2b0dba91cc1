using EventAgents.Platform.Postgres;

namespace EventAgents.Platform.EventStore;

/// <summary>What <see cref="EventStore.MigrateWithReportAsync"/> did.</summary>
/// <param name="Applied">The schema migrations applied (empty when the schema was current).</param>
/// <param name="LegacyEvents">The upgrade of a previous version's event store; null when there was none to upgrade.</param>
public sealed record StoreMigration(IReadOnlyList<Migration> Applied, LegacyEventsUpgraded? LegacyEvents);
