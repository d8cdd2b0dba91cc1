using EventAgents.Application.Common;
using Microsoft.Extensions.Hosting;

namespace EventAgents.Host.Hosting;

/// <summary>Says, as the server starts and before its web server listens, that the migration upgraded a previous version's events.</summary>
internal sealed class UpgradeReport(EventStoreMigration migration, Action<string> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (migration.Result?.LegacyEvents is { } upgraded)
        {
            log(upgraded.Describe());
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
