namespace EventAgents.Platform.Messaging.Tests;

[RequiresRabbitMq]
[Collection(RabbitMqCollection.Name)]
public sealed class RabbitMqWorkerContractTests : WorkerContract
{
    private readonly List<RabbitMqTransport> transports = [];

    protected override async Task<IMessageTransport> CreateTransportAsync()
    {
        var transport = await RabbitMqTransport.ConnectAsync(new RabbitMqTransportOptions { Uri = await RabbitMqServer.EnsureStartedAsync() });
        transports.Add(transport);
        return transport;
    }

    public override async Task DisposeAsync()
    {
        foreach (var transport in transports)
        {
            await transport.DisposeAsync();
        }
    }
}
