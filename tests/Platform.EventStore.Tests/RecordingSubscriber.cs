namespace EventAgents.Platform.EventStore.Tests;

/// <summary>Records every event position it receives, in order, and can crash part-way through a batch.</summary>
internal sealed class RecordingSubscriber(string name) : IEventSubscriber
{
    private readonly Lock _lock = new();
    private readonly List<long> _received = [];

    public string Name { get; } = name;

    /// <summary>When set, called before each event; throwing from it aborts the batch mid-way.</summary>
    public Action<RecordedEvent>? BeforeEach { get; set; }

    public IReadOnlyList<long> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    public Task HandleAsync(IReadOnlyList<RecordedEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            BeforeEach?.Invoke(e);
            lock (_lock)
            {
                _received.Add(e.Position);
            }
        }

        return Task.CompletedTask;
    }
}
