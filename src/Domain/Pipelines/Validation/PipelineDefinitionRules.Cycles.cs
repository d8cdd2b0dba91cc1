namespace EventAgents.Domain.Pipelines;

public static partial class PipelineDefinitionRules
{
    /// <summary>
    /// Reports every cycle of the routing graph made only of transitions without a max: such a
    /// cycle could run forever. A back edge found by depth-first search closes one such cycle.
    /// </summary>
    private static void CheckCycles(PipelineDefinition definition, List<DefinitionProblem> problems)
    {
        var edges = UnboundedEdges(definition).ToLookup(edge => edge.From);
        var state = new Dictionary<string, VisitState>(StringComparer.Ordinal);
        var trail = new List<string>();

        void Visit(string stepId)
        {
            state[stepId] = VisitState.OnTrail;
            trail.Add(stepId);
            foreach (var edge in edges[stepId])
            {
                switch (state.GetValueOrDefault(edge.To))
                {
                    case VisitState.OnTrail:
                        var cycle = trail.Skip(trail.IndexOf(edge.To)).Append(edge.To);
                        problems.Add(new("cycle.without-max", $"Steps {string.Join(" -> ", cycle)} form a cycle without a max; give one of its transitions a max.", edge.Path));
                        break;
                    case VisitState.Unvisited:
                        Visit(edge.To);
                        break;
                }
            }

            trail.RemoveAt(trail.Count - 1);
            state[stepId] = VisitState.Done;
        }

        foreach (var step in definition.Steps.Where(step => state.GetValueOrDefault(step.Id) == VisitState.Unvisited))
        {
            Visit(step.Id);
        }
    }

    private static IEnumerable<Edge> UnboundedEdges(PipelineDefinition definition)
    {
        var topLevel = definition.Steps.Select(step => step.Id).ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < definition.Steps.Count; index++)
        {
            var step = definition.Steps[index];
            foreach (var (result, transition) in step.Flow.OnResult.Where(entry => entry.Value.Max is null && topLevel.Contains(entry.Value.Target)))
            {
                yield return new Edge(step.Id, transition.Target, $"steps[{index}].on_result.{result}");
            }

            if (step.Flow.OnResult.ContainsKey(StepResults.Pass))
            {
                continue;
            }

            if (step.Flow.Next is { } next && topLevel.Contains(next))
            {
                yield return new Edge(step.Id, next, $"steps[{index}].next");
            }
            else if (step.Flow.Next is null && index + 1 < definition.Steps.Count)
            {
                yield return new Edge(step.Id, definition.Steps[index + 1].Id, $"steps[{index}]");
            }
        }
    }

    private enum VisitState
    {
        Unvisited,
        OnTrail,
        Done,
    }

    private sealed record Edge(string From, string To, string Path);
}
