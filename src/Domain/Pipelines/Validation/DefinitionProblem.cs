namespace EventAgents.Domain.Pipelines;

/// <summary>One reason a pipeline definition is invalid.</summary>
/// <param name="Code">Stable code such as <c>transition.unknown-target</c>.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="Path">Where: <c>steps[2].on_result.fail</c>, <c>steps[1].parallel[0].run</c>, <c>inputs[0]</c>.</param>
public sealed record DefinitionProblem(string Code, string Message, string Path);
