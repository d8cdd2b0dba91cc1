using EventAgents.Domain.Common;

namespace EventAgents.Domain.Pipelines;

public static partial class PipelineDefinitionRules
{
    /// <summary>Each member becomes a step named after its agent, so members are distinct slugs; a council runs again by routing, not by looping.</summary>
    private static void CheckCouncil(CouncilStep council, string path, IReadOnlySet<string>? knownAgents, List<DefinitionProblem> problems)
    {
        var agentsPath = $"{path}.agents";
        if (council.Agents.Count < 2)
        {
            problems.Add(new("council.too-few-agents", "A council needs at least two agents.", agentsPath));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in council.Agents)
        {
            if (!Text.IsSlug(member))
            {
                problems.Add(new("council.invalid-agent", $"Council member '{member}' must be an agent name of lower case letters, digits, '-' or '_'.", agentsPath));
            }
            else if (!seen.Add(member))
            {
                problems.Add(new("council.duplicate-agent", $"Agent '{member}' sits on council '{council.Id}' more than once.", agentsPath));
            }

            CheckAgent(member, agentsPath, knownAgents, problems);
        }

        if (council.Flow.Loop is not null)
        {
            problems.Add(new("council.loop",
                $"Council '{council.Id}' cannot loop; route a result back to it with a max (on_result: {{fail: {{goto: {council.Id}, max: 2}}}}) to convene it again.",
                $"{path}.loop"));
        }

        foreach (var agent in (council.Scripts?.Keys ?? []).Where(agent => !council.Agents.Contains(agent)))
        {
            problems.Add(new("council.script-without-member", $"'scripts' has a script for '{agent}', who is not one of the council's agents.", $"{path}.scripts.{agent}"));
        }
    }
}
