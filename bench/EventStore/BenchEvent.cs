namespace EventAgents.Bench.EventStore;

/// <summary>A typical small event: a step's output chunk.</summary>
internal sealed record StepOutputAppended(string RunId, string StepId, int Sequence, string Text);

internal static class Payloads
{
    public static StepOutputAppended Event(int writer, int sequence) =>
        new($"run-{writer}", "implement", sequence, "compiling src/Domain/Runs/Starting/StartRun.cs ... ok");
}
