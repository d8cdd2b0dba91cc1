using System.Globalization;
using EventAgents.AgentHost.Configuration;

namespace EventAgents.AgentHost.Loop;

/// <summary>
/// Notices an agent going round in circles: the same tool call (name and arguments) several times in a row, or turns
/// with no file change and no new tool result. The first time it asks for a nudge, the next time for a stop.
/// </summary>
public sealed class StuckDetector(StuckSettings settings)
{
    private readonly HashSet<string> results = new(StringComparer.Ordinal);
    private string? lastCall;
    private int repeats;
    private int idleTurns;
    private int lastChanges;
    private bool nudged;

    /// <summary>What the loop should do after a turn.</summary>
    public enum Verdict
    {
        /// <summary>Go on.</summary>
        Fine,

        /// <summary>Tell the model it seems stuck.</summary>
        Nudge,

        /// <summary>Stop the agent.</summary>
        Stop,
    }

    /// <summary>Why the agent counts as stuck, once it does.</summary>
    public string? Reason { get; private set; }

    /// <summary>Takes a turn's tool calls (name, arguments JSON, result) and the workspace's change count after it.</summary>
    public Verdict Observe(IReadOnlyList<(string Name, string Arguments, string Result)> calls, int fileChanges)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var progress = fileChanges != lastChanges;
        lastChanges = fileChanges;
        foreach (var (name, arguments, result) in calls)
        {
            var call = $"{name} {arguments}";
            repeats = call == lastCall ? repeats + 1 : 1;
            lastCall = call;
            progress |= results.Add($"{call}\n{result}");
        }

        idleTurns = progress ? 0 : idleTurns + 1;
        if (repeats >= settings.Repeats)
        {
            Reason = string.Create(CultureInfo.InvariantCulture, $"stuck: the same call {lastCall} was made {repeats} times in a row");
        }
        else if (idleTurns >= settings.IdleTurns)
        {
            Reason = string.Create(CultureInfo.InvariantCulture, $"stuck: no progress (no file change, no new tool result) in {idleTurns} turns");
        }
        else
        {
            return Verdict.Fine;
        }

        if (nudged)
        {
            return Verdict.Stop;
        }

        nudged = true;
        repeats = 0;
        idleTurns = 0;
        return Verdict.Nudge;
    }

    /// <summary>The message that tells the model it seems stuck.</summary>
    public string NudgeMessage() =>
        $"You seem to be stuck ({Reason}). Do something different: read what you have not read, change your approach, "
        + "or call complete_step with what you have. If you keep going round in circles you will be stopped.";
}
