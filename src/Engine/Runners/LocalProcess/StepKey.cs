namespace EventAgents.Engine.Runners.LocalProcess;

/// <summary>A step of a run: the runner keeps at most one agent per key.</summary>
internal readonly record struct StepKey(string RunId, string StepId);
