namespace EventAgents.Engine.Runners.Containers;

/// <summary>The labels that mark a step's container, so the runner finds its containers again after a restart.</summary>
public static class ContainerLabels
{
    /// <summary>Set on every container this runner creates, to the runner's scope.</summary>
    public const string Managed = "io.eventagents.managed";

    public const string Run = "io.eventagents.run";

    public const string Step = "io.eventagents.step";

    public const string Attempt = "io.eventagents.attempt";

    /// <summary>The attempt's run folder on the host, deleted with a container that reconciliation removes.</summary>
    public const string RunFolder = "io.eventagents.run-folder";

    public static Dictionary<string, string> For(string scope, string runId, string stepId, int attempt) => new Dictionary<string, string>
    {
        [Managed] = scope,
        [Run] = runId,
        [Step] = stepId,
        [Attempt] = attempt.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The engine's filter for the containers of <paramref name="scope"/>.</summary>
    public static IDictionary<string, IDictionary<string, bool>> Filter(string scope) =>
        new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [$"{Managed}={scope}"] = true } };

    /// <summary>The step attempt a container runs, or null when its labels are not the runner's.</summary>
    public static StepAttempt? AttemptOf(IDictionary<string, string>? labels) =>
        labels is not null
        && labels.TryGetValue(Run, out var run) && labels.TryGetValue(Step, out var step)
        && labels.TryGetValue(Attempt, out var attemptText) && int.TryParse(attemptText, System.Globalization.CultureInfo.InvariantCulture, out var attempt)
            ? new StepAttempt(run, step, attempt)
            : null;
}

/// <summary>One attempt of a step of a run.</summary>
public sealed record StepAttempt(string RunId, string StepId, int Attempt);
