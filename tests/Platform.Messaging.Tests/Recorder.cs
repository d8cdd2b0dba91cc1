using System.Collections.Concurrent;

namespace EventAgents.Platform.Messaging.Tests;

/// <summary>Records what handlers saw, and fails a test if one message is ever handled twice at the same time.</summary>
public sealed class Recorder
{
    private readonly ConcurrentDictionary<Guid, byte> _inProgress = new();

    public ConcurrentQueue<(object Message, MessageContext Context)> Handled { get; } = new();

    public ConcurrentQueue<Guid> Overlaps { get; } = new();

    public int Count => Handled.Count;

    public IDisposable Enter(MessageContext context)
    {
        if (!_inProgress.TryAdd(context.MessageId, 0))
        {
            Overlaps.Enqueue(context.MessageId);
        }

        return new Exit(() => _inProgress.TryRemove(context.MessageId, out _));
    }

    public Outcome Record(object message, MessageContext context, Outcome? outcome = null)
    {
        Handled.Enqueue((message, context));
        return outcome ?? Outcome.None;
    }

    private sealed class Exit(Action exit) : IDisposable
    {
        public void Dispose() => exit();
    }
}
