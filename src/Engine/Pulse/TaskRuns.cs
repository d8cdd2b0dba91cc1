using System.Security.Cryptography;
using System.Text;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tasks;

namespace EventAgents.Engine.Pulse;

/// <summary>A run that works a board task: the inputs its pipeline can declare, and the run id a claim of it gets.</summary>
public static class TaskRuns
{
    public const string TaskInput = "task_id";
    public const string TitleInput = "task_title";
    public const string DescriptionInput = "task_description";
    public const string AgentInput = "agent_id";

    /// <summary>The task the run works, or null for a pipeline run of its own.</summary>
    public static string? TaskIdOf(Run run) => run.Task?.TaskId;

    /// <summary>What the run of a task is told about it: the inputs among these that its pipeline declares.</summary>
    public static Dictionary<string, string> Inputs(PipelineDefinition definition, BoardTask task, string agentId)
    {
        var offered = new Dictionary<string, string>
        {
            [TaskInput] = task.Id,
            [TitleInput] = task.Title,
            [DescriptionInput] = task.Description,
            [AgentInput] = agentId,
        };
        return definition.Inputs.Where(input => offered.ContainsKey(input.Name)).ToDictionary(input => input.Name, input => offered[input.Name]);
    }

    /// <summary>
    /// The run of one claim of a task: the same board, task and task version at the claim give the same id, so a
    /// pulse handled again after a crash starts the run it had started, not a second one.
    /// </summary>
    public static string RunIdFor(string boardId, string taskId, int versionAtClaim)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{boardId}\n{taskId}\n{versionAtClaim}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
