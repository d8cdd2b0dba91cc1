using EventAgents.Domain.Common;

namespace EventAgents.Domain.Pipelines;

/// <summary>
/// The rules a pipeline definition must satisfy before runs can use it. Validation reports every
/// problem it finds, each with the path of the offending element.
/// </summary>
public static partial class PipelineDefinitionRules
{
    /// <summary>Every problem of <paramref name="definition"/>; empty when it is valid.</summary>
    /// <param name="definition">The definition to check.</param>
    /// <param name="knownAgents">Agent names that exist, or null to skip the check.</param>
    public static IReadOnlyList<DefinitionProblem> Validate(PipelineDefinition definition, IReadOnlySet<string>? knownAgents = null)
    {
        var problems = new List<DefinitionProblem>();
        if (definition.Steps.Count == 0)
        {
            problems.Add(new("pipeline.empty", "A pipeline needs at least one step.", "steps"));
            return problems;
        }

        var located = Locate(definition).ToList();
        CheckInputs(definition, problems);
        CheckIds(located, problems);
        foreach (var step in located)
        {
            CheckStep(step, definition, knownAgents, problems);
        }

        CheckTransitions(definition, located, problems);
        CheckCycles(definition, problems);
        return problems;
    }

    private static IEnumerable<LocatedStep> Locate(PipelineDefinition definition)
    {
        for (var index = 0; index < definition.Steps.Count; index++)
        {
            var step = definition.Steps[index];
            yield return new LocatedStep(step, $"steps[{index}]", null);
            if (step is ParallelStep parallel)
            {
                for (var branch = 0; branch < parallel.Branches.Count; branch++)
                {
                    yield return new LocatedStep(parallel.Branches[branch], $"steps[{index}].parallel[{branch}]", parallel);
                }
            }
        }
    }

    private static void CheckInputs(PipelineDefinition definition, List<DefinitionProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < definition.Inputs.Count; index++)
        {
            var name = definition.Inputs[index].Name;
            if (!Text.IsSlug(name))
            {
                problems.Add(new("input.invalid-name", $"Input name '{name}' must use lower case letters, digits, '-' or '_'.", $"inputs[{index}]"));
            }
            else if (!seen.Add(name))
            {
                problems.Add(new("input.duplicate", $"Input '{name}' is declared twice.", $"inputs[{index}]"));
            }
        }
    }

    private static void CheckIds(List<LocatedStep> steps, List<DefinitionProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (step, path, _) in steps)
        {
            if (!Text.IsSlug(step.Id))
            {
                problems.Add(new("step.invalid-id", $"Step id '{step.Id}' must use lower case letters, digits, '-' or '_'.", $"{path}.id"));
            }
            else if (step.Id == Transition.End)
            {
                problems.Add(new("step.reserved-id", $"'{Transition.End}' is reserved for completing the run and cannot be a step id.", $"{path}.id"));
            }
            else if (step.Id.Contains(CouncilMembers.Separator, StringComparison.Ordinal))
            {
                problems.Add(new("step.reserved-id",
                    $"Step id '{step.Id}' contains '{CouncilMembers.Separator}', which is reserved for the steps of council members (council{CouncilMembers.Separator}agent).",
                    $"{path}.id"));
            }
            else if (!seen.Add(step.Id))
            {
                problems.Add(new("step.duplicate-id", $"Step id '{step.Id}' is used by more than one step.", $"{path}.id"));
            }
        }
    }

    private sealed record LocatedStep(StepDefinition Step, string Path, ParallelStep? Parallel);
}
