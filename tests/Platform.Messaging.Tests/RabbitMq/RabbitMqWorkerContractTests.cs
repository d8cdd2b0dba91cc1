namespace EventAgents.Platform.Messaging.Tests;

[RequiresRabbitMq]
public sealed class RabbitMqWorkerContractTests : WorkerContract
{
    private RabbitMqTransport? transport;

    protected override async Task<IMessageTransport> CreateTransportAsync()
    {
        transport = await RabbitMqTransport.ConnectAsync(new RabbitMqTransportOptions { Uri = await RabbitMqServer.EnsureStartedAsync() });
        return transport;
    }

    public override async Task DisposeAsync()
    {
        if (transport is not null)
        {
            await transport.DisposeAsync();
        }
    }
}
