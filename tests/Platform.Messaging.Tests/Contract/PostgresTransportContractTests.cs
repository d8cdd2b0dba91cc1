namespace EventAgents.Platform.Messaging.Tests;

/// <summary>The transport contract against the PostgreSQL queue.</summary>
public sealed class PostgresTransportContractTests : TransportContract
{
    private readonly QueueFixture fixture = new();
    private readonly PostgresQueueOptions options = new() { Lease = TimeSpan.FromSeconds(2) };
    private bool initialised;

    protected override async Task<IMessageTransport> CreateTransportAsync()
    {
        if (!initialised)
        {
            initialised = true;
            await fixture.InitializeAsync();
        }

        return fixture.CreateQueue(options);
    }

    public override Task DisposeAsync() => fixture.DisposeAsync();
}
