namespace EventAgents.Platform.Messaging.Tests;

public sealed class PostgresWorkerContractTests : WorkerContract
{
    private readonly QueueFixture fixture = new();
    private bool initialised;

    protected override async Task<IMessageTransport> CreateTransportAsync()
    {
        if (!initialised)
        {
            initialised = true;
            await fixture.InitializeAsync();
            return fixture.Queue;
        }

        return fixture.CreateQueue();
    }

    public override Task DisposeAsync() => fixture.DisposeAsync();
}
