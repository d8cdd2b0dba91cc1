using System.Globalization;

namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>What one step may use, whichever runner runs it: memory (no swap on top), CPUs, processes and threads.</summary>
public sealed record StepLimits
{
    /// <summary>Memory in bytes.</summary>
    public long MemoryBytes { get; init; } = 2L << 30;

    /// <summary>CPUs (fractions allowed).</summary>
    public double Cpus { get; init; } = 1.0;

    /// <summary>Processes and threads together.</summary>
    public long Pids { get; init; } = 512;

    /// <summary>The limits from <c>EVENTAGENTS_AGENT_MEMORY_MB</c>, <c>EVENTAGENTS_AGENT_CPUS</c> and <c>EVENTAGENTS_AGENT_PIDS</c>, each naming a bad value.</summary>
    public static StepLimits From(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var limits = new StepLimits();
        if (variable("EVENTAGENTS_AGENT_MEMORY_MB") is { Length: > 0 } memory)
        {
            limits = limits with { MemoryBytes = Number(memory, "EVENTAGENTS_AGENT_MEMORY_MB", 16) << 20 };
        }

        if (variable("EVENTAGENTS_AGENT_CPUS") is { Length: > 0 } cpus)
        {
            limits = limits with
            {
                Cpus = double.TryParse(cpus, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 1024
                    ? value
                    : throw new ArgumentException($"EVENTAGENTS_AGENT_CPUS is '{cpus}'; give a number of CPUs above 0, such as 1 or 0.5."),
            };
        }

        if (variable("EVENTAGENTS_AGENT_PIDS") is { Length: > 0 } pids)
        {
            limits = limits with { Pids = Number(pids, "EVENTAGENTS_AGENT_PIDS", 16) };
        }

        return limits;
    }

    private static long Number(string text, string name, long minimum) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new ArgumentException($"{name} is '{text}'; give a whole number of at least {minimum}.");
}
