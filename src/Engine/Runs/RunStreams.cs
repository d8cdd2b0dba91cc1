namespace EventAgents.Engine.Runs;

/// <summary>Where a run's events live.</summary>
public static class RunStreams
{
    public const string Prefix = "run-";

    public static string Id(string runId) => Prefix + runId;

    public static bool IsRun(string streamId) => streamId.StartsWith(Prefix, StringComparison.Ordinal);
}
