using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace EventAgents.Platform.Messaging;

/// <summary>The message layer's registrations.</summary>
public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// The durable queue in PostgreSQL over the <see cref="NpgsqlDataSource"/> registered by the host, set up by
    /// <paramref name="options"/>; a host creates or upgrades its tables when it starts.
    /// </summary>
    public static IServiceCollection AddPostgresQueue(this IServiceCollection services, PostgresQueueOptions? options = null)
    {
        services.TryAddSingleton(sp => new PostgresQueue(sp.GetRequiredService<NpgsqlDataSource>(), options));
        services.AddHostedService<PostgresQueueMigration>();
        return services;
    }

    private sealed class PostgresQueueMigration(PostgresQueue queue) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => queue.MigrateAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
