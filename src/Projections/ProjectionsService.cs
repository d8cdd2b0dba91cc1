using Microsoft.Extensions.Hosting;
using Npgsql;

namespace EventAgents.Projections;

/// <summary>
/// The read models in a host: their tables are created or upgraded as it starts (before the web server serves queries),
/// then the daemon keeps them current until it stops.
/// </summary>
public sealed class ProjectionsService(ProjectionDaemon daemon, NpgsqlDataSource dataSource, string schema) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await ReadModels.MigrateAsync(dataSource, schema, cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => daemon.RunAsync(stoppingToken);
}
