using EventAgents.Engine.Pulse;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;

namespace EventAgents.Engine.Runs;

/// <summary>
/// One node of the engine: a reactor that turns the runs' events into messages (exactly once, with its
/// subscription's checkpoint) and a worker that handles those messages: run decisions and step side effects.
/// </summary>
public sealed class EngineNode
{
    private readonly List<EventReactor> _reactors = [];
    private readonly MessageWorker _worker;

    /// <param name="boardWork">Agents' pulses and the wrap-up of task runs; none when this node runs pipelines only.</param>
    public EngineNode(EventStore store, PostgresQueue queue, StepExecution execution, TimeProvider clock, int concurrency = 16, BoardWork? boardWork = null)
    {
        var types = EngineMessageTypes.Create();
        var envelopes = new EnvelopeFactory(types, null, clock);
        Bus = new MessageBus(queue, envelopes);
        var handlers = execution.AddTo(new HandlerRegistry(types).AddRunDecisions());
        var reactorOptions = new EventReactorOptions { Store = store, Transport = queue, Envelopes = envelopes, Clock = clock };
        _reactors.Add(new EventReactor("engine", new EventHandlers(store.Registry).AddRunReactions(), reactorOptions));
        if (boardWork is not null)
        {
            handlers = boardWork.AddTo(handlers);
            _reactors.Add(new EventReactor(BoardWork.ReactorName, BoardWork.Reactions(new EventHandlers(store.Registry)), reactorOptions));
        }

        _worker = new MessageWorker(new WorkerOptions { Transport = queue, Handlers = handlers, Store = store, Clock = clock, Concurrency = concurrency });
    }

    /// <summary>Sends engine messages (an agent's report, for instance).</summary>
    public MessageBus Bus { get; }

    /// <summary>A bus for engine messages before a node exists (the report sink an agent runner needs).</summary>
    public static MessageBus CreateBus(PostgresQueue queue, TimeProvider clock) =>
        new(queue, new EnvelopeFactory(EngineMessageTypes.Create(), null, clock));

    public MessageWorker Worker => _worker;

    /// <summary>Runs until cancelled.</summary>
    public Task RunAsync(CancellationToken ct) =>
        Task.WhenAll([.. _reactors.Select(reactor => reactor.Subscribe(new SubscriptionOptions { BatchSize = 200 }).RunAsync(ct)), _worker.RunAsync(ct)]);
}
