namespace EventAgents.AgentHost.Tools;

/// <summary>The result and output the agent gave with <c>complete_step</c>.</summary>
/// <param name="Result">Such as <c>pass</c> or <c>fail</c>, or free text.</param>
/// <param name="OutputJson">The output as JSON.</param>
public sealed record StepCompletion(string Result, string OutputJson);
