using Microsoft.Extensions.Configuration;

namespace EventAgents.Host.Hosting;

/// <summary>What the host reads from configuration (appsettings.json, EVENTAGENTS_* and ConnectionStrings__* variables).</summary>
public sealed record HostSettings(string? ConnectionString, string HomeDirectory, string Schema, TimeSpan QueueLease)
{
    public static HostSettings From(IConfiguration configuration) => new(
        ConnectionString: NullIfBlank(configuration.GetConnectionString("EventStore")) ?? NullIfBlank(configuration["EVENTAGENTS_DATABASE"]),
        HomeDirectory: Path.GetFullPath(NullIfBlank(configuration["EVENTAGENTS_HOME"]) ?? ".eventagents"),
        Schema: NullIfBlank(configuration["EVENTAGENTS_SCHEMA"]) ?? "eventagents",
        QueueLease: TimeSpan.FromSeconds(int.TryParse(configuration["EVENTAGENTS_QUEUE_LEASE_SECONDS"], out var seconds) && seconds > 0 ? seconds : 30));

    public static IConfiguration Load() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
