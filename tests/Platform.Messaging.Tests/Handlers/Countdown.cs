namespace EventAgents.Platform.Messaging.Tests;

/// <summary>A tiny process manager over a stream: counts pings up to a limit, then finishes and ignores the rest.</summary>
public static class Countdown
{
    public sealed record Started(int Limit);

    public sealed record Counted(int Number);

    public sealed record Finished;

    public sealed record State(int Limit, int Count, bool Done)
    {
        public static State Initial { get; } = new(0, 0, false);
    }

    public static State Evolve(State state, object @event) => @event switch
    {
        Started e => state with { Limit = e.Limit },
        Counted e => state with { Count = e.Number },
        Finished => state with { Done = true },
        _ => state,
    };

    public static Outcome Handle(Ping ping, State state, MessageContext context)
    {
        if (state.Done || ping.Number <= state.Count)
        {
            return Outcome.None;
        }

        var outcome = Outcome.Emit(new Counted(ping.Number)).AndSend(new Pong(ping.Key, ping.Number));
        return ping.Number >= state.Limit
            ? outcome.AndEmit(new Finished())
            : outcome.AndSchedule(new TimedOut(ping.Key), context.Now.AddMinutes(5));
    }

    public static AggregateHandler<Ping, State> Handler { get; } = new(p => "countdown-" + p.Key, State.Initial, Evolve, Handle);
}
