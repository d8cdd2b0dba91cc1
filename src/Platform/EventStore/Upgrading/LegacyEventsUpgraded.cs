namespace EventAgents.Platform.EventStore;

/// <summary>What <see cref="LegacyEventsUpgrade"/> did to a previous version's event store.</summary>
/// <param name="Schema">The store's schema.</param>
/// <param name="Migration">The event recorded in <see cref="LegacyEventsUpgrade.StreamId"/>.</param>
/// <param name="Position">The migration event's position.</param>
public sealed record LegacyEventsUpgraded(string Schema, StoreMigrated Migration, long Position)
{
    /// <summary>One line for a log or a terminal.</summary>
    public string Describe() =>
        $"Upgraded the previous version's event store in schema '{Schema}': " +
        (Migration.EventsCopied == 0
            ? "it held no events; "
            : $"{Migration.EventsCopied} event(s) in {Migration.Streams.Count} stream(s) copied into Marten's streams at their old positions " +
              $"(up to {Migration.HighestPosition}) with their hash chains recomputed; ") +
        $"the old chain heads are in '{LegacyEventsUpgrade.StreamId}' (position {Position}) and the old tables are kept as {string.Join(" and ", Migration.KeptAs)}.";
}
