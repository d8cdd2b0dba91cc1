namespace EventAgents.Platform.Messaging.Tests;

public sealed class PostgresWorkerContractTests : WorkerContract
{
    private readonly QueueFixture fixture = new();

    protected override async Task<IMessageTransport> CreateTransportAsync()
    {
        await fixture.InitializeAsync();
        return fixture.Queue;
    }

    public override Task DisposeAsync() => fixture.DisposeAsync();
}
