namespace EventAgents.Platform.Messaging.Tests;

/// <summary>The transport contract against RabbitMQ (installed and started by the tests when missing).</summary>
[RequiresRabbitMq]
[Collection(RabbitMqCollection.Name)]
public sealed class RabbitMqTransportContractTests : TransportContract
{
    private readonly List<RabbitMqTransport> transports = [];

    protected override async Task<IMessageTransport> CreateTransportAsync()
    {
        var uri = await RabbitMqServer.EnsureStartedAsync();
        var transport = await RabbitMqTransport.ConnectAsync(new RabbitMqTransportOptions { Uri = uri });
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
