namespace EventAgents.Application.Steps.Running;

/// <summary>The attempt of a step that a step token allows its bearer to report on.</summary>
/// <param name="RunId">The run.</param>
/// <param name="StepId">The step.</param>
/// <param name="Attempt">The attempt.</param>
public sealed record StepTokenScope(string RunId, string StepId, int Attempt)
{
    /// <summary>True when the scope is for the given run and step.</summary>
    public bool Covers(string runId, string stepId) =>
        string.Equals(RunId, runId, StringComparison.Ordinal) && string.Equals(StepId, stepId, StringComparison.Ordinal);
}
