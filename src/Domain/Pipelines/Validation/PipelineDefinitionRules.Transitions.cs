using EventAgents.Domain.Common;

namespace EventAgents.Domain.Pipelines;

public static partial class PipelineDefinitionRules
{
    private static void CheckTransitions(PipelineDefinition definition, List<LocatedStep> steps, List<DefinitionProblem> problems)
    {
        foreach (var (step, path, _) in steps)
        {
            foreach (var (result, transition) in step.Flow.OnResult)
            {
                var transitionPath = $"{path}.on_result.{result}";
                if (!Text.IsSlug(result))
                {
                    problems.Add(new("transition.invalid-result", $"Result '{result}' must use lower case letters, digits, '-' or '_'.", transitionPath));
                }

                if (transition.Max is < 1)
                {
                    problems.Add(new("transition.invalid-max", "A transition's max must be at least 1.", $"{transitionPath}.max"));
                }

                CheckTarget(transition.Target, definition, transitionPath, problems);
            }

            if (step.Flow.Next is { } next)
            {
                CheckTarget(next, definition, $"{path}.next", problems);
            }

            if (step.Flow.Loop?.Over is { } over && LoopList.TryParse(over) is { } list)
            {
                CheckListSource(list, definition, $"{path}.loop.over", problems);
            }
        }
    }

    private static void CheckTarget(string target, PipelineDefinition definition, string path, List<DefinitionProblem> problems)
    {
        if (target == Transition.End)
        {
            return;
        }

        if (definition.FindStep(target) is null)
        {
            problems.Add(new("transition.unknown-target", $"There is no step '{target}' to go to.", path));
        }
        else if (definition.ParallelOf(target) is { } parallel)
        {
            problems.Add(new("transition.into-branch", $"'{target}' is a branch of parallel step '{parallel.Id}'; go to '{parallel.Id}' instead.", path));
        }
        else if (definition.CouncilOf(target) is { } council)
        {
            problems.Add(new("transition.into-council-member", $"'{target}' is a member of council '{council.Id}'; go to '{council.Id}' instead.", path));
        }
    }

    private static void CheckListSource(TemplateReference list, PipelineDefinition definition, string path, List<DefinitionProblem> problems)
    {
        var exists = list.Kind == TemplateReferenceKind.Input
            ? definition.Inputs.Any(input => input.Name == list.Name)
            : definition.FindStep(list.Name) is not null;
        if (!exists)
        {
            problems.Add(new("loop.unknown-list", $"The loop list refers to '{list.Name}', which is not declared.", path));
        }
    }
}
