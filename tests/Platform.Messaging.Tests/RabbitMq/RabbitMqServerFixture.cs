namespace EventAgents.Platform.Messaging.Tests;

/// <summary>Starts RabbitMQ for the <see cref="RabbitMqCollection"/> when it can be installed, and stops it afterwards.</summary>
public sealed class RabbitMqServerFixture : IAsyncLifetime
{
    public Task InitializeAsync() => RabbitMqServer.UnavailableReason is null ? RabbitMqServer.EnsureStartedAsync() : Task.CompletedTask;

    public Task DisposeAsync() => RabbitMqServer.StopIfStartedHereAsync();
}
