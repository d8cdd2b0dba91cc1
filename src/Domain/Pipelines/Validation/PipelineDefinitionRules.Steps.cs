namespace EventAgents.Domain.Pipelines;

public static partial class PipelineDefinitionRules
{
    private static void CheckStep(LocatedStep located, PipelineDefinition definition, IReadOnlySet<string>? knownAgents, List<DefinitionProblem> problems)
    {
        var (step, path, _) = located;
        CheckFlow(located, problems);
        switch (step)
        {
            case AgentStep agent:
                CheckAgent(agent.Agent, $"{path}.agent", knownAgents, problems);
                CheckTemplate(agent.Prompt, $"{path}.prompt", step, definition, problems);
                break;
            case CouncilStep council:
                CheckCouncil(council, path, knownAgents, problems);
                CheckTemplate(council.Prompt, $"{path}.prompt", step, definition, problems);
                break;
            case GateStep gate when gate.Prompt is not null:
                CheckTemplate(gate.Prompt, $"{path}.prompt", step, definition, problems);
                break;
            case CommandStep command:
                CheckTemplate(command.Run, $"{path}.run", step, definition, problems);
                break;
            case ParallelStep parallel:
                CheckParallel(parallel, path, problems);
                break;
        }
    }

    private static void CheckAgent(string agent, string path, IReadOnlySet<string>? knownAgents, List<DefinitionProblem> problems)
    {
        if (knownAgents is not null && !knownAgents.Contains(agent))
        {
            problems.Add(new("agent.unknown", $"No agent named '{agent}' exists.", path));
        }
    }

    private static void CheckParallel(ParallelStep parallel, string path, List<DefinitionProblem> problems)
    {
        if (parallel.Branches.Count < 2)
        {
            problems.Add(new("parallel.too-few-branches", "A parallel step needs at least two branches.", $"{path}.parallel"));
        }

        for (var index = 0; index < parallel.Branches.Count; index++)
        {
            var branch = parallel.Branches[index];
            var branchPath = $"{path}.parallel[{index}]";
            if (branch is ParallelStep)
            {
                problems.Add(new("parallel.nested", "Parallel steps cannot be nested.", branchPath));
            }

            if (branch.Flow.OnResult.Count > 0 || branch.Flow.Next is not null || branch.Flow.Loop is not null)
            {
                problems.Add(new("parallel.branch-routing", $"Branch '{branch.Id}' cannot route or loop; the parallel step's join decides what comes next.", branchPath));
            }
        }
    }

    private static void CheckFlow(LocatedStep located, List<DefinitionProblem> problems)
    {
        var (step, path, _) = located;
        var flow = step.Flow;
        if (flow.Retry is { } retry)
        {
            if (retry.Max < 1)
            {
                problems.Add(new("retry.invalid-max", "retry.max must be at least 1.", $"{path}.retry.max"));
            }

            if (retry.Backoff < TimeSpan.Zero)
            {
                problems.Add(new("retry.invalid-backoff", "retry.backoff cannot be negative.", $"{path}.retry.backoff"));
            }
        }

        if (flow.Timeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            problems.Add(new("step.invalid-timeout", "timeout must be longer than zero.", $"{path}.timeout"));
        }

        if (flow.Budget is { } budget && (budget.MaxTokens is <= 0 || budget.MaxCostUsd is <= 0 || budget is { MaxTokens: null, MaxCostUsd: null }))
        {
            problems.Add(new("budget.invalid", "A budget needs a positive 'tokens' and/or 'usd' limit.", $"{path}.budget"));
        }

        if (flow.Loop is { } loop)
        {
            CheckLoop(loop, step, $"{path}.loop", problems);
        }
    }

    private static void CheckLoop(LoopPolicy loop, StepDefinition step, string path, List<DefinitionProblem> problems)
    {
        if ((loop.Over is null) == (loop.Until is null))
        {
            problems.Add(new("loop.over-or-until", "A loop needs exactly one of 'over' or 'until'.", path));
        }

        if (loop.Max is < 1)
        {
            problems.Add(new("loop.invalid-max", "loop.max must be at least 1.", $"{path}.max"));
        }
        else if (loop.Until is not null && loop.Max is null)
        {
            problems.Add(new("loop.until-without-max", $"Step '{step.Id}' loops until a condition but has no max; add 'max'.", path));
        }

        if (loop.Over is not null && LoopList.TryParse(loop.Over) is null)
        {
            problems.Add(new("loop.invalid-over", $"'{loop.Over}' is not a list reference such as steps.plan.output.tasks or inputs.files.", $"{path}.over"));
        }
    }
}
