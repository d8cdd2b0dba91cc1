using EventAgents.Platform.EventStore;
using Microsoft.Extensions.Hosting;

namespace EventAgents.Application.Common;

/// <summary>
/// Creates or upgrades the event store's schema when the host starts, before the services registered after it (a previous
/// version's events are upgraded here, as by <c>eventagents migrate</c>); a failure stops the start.
/// </summary>
public sealed class EventStoreMigration(EventStore store) : IHostedService
{
    /// <summary>What the migration did; null until the host started.</summary>
    public StoreMigration? Result { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken) =>
        Result = await store.MigrateWithReportAsync(cancellationToken).ConfigureAwait(false);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
