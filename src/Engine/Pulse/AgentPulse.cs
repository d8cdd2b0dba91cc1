using EventAgents.Application.Agents;
using EventAgents.Application.Boards;
using EventAgents.Application.Boards.Commanding;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Runs.Starting;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tasks;
using EventAgents.Engine.Workspaces.GitWorkspaces;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;

namespace EventAgents.Engine.Pulse;

/// <summary>
/// An agent's pulse: it wakes on its schedule, and when it holds no task, claims the first ready task in its columns
/// (claims are exclusive: the board's stream version decides a race) and starts the run that works it.
/// </summary>
public sealed class AgentPulse(EventStore store, TaskWorkPipelines pipelines, TimeProvider clock)
{
    private readonly BoardCommands _boards = new(store);
    private readonly RunStarter _runs = new(store, clock);

    public async Task<Outcome> HandleAsync(PulseDue pulse, MessageContext context, CancellationToken ct)
    {
        var events = await store.ReadStreamAsync(AgentStreams.Id(pulse.AgentId), ct: ct).ConfigureAwait(false);
        var agent = events.Select(e => e.Data).Aggregate(Agent.Initial, AgentStreams.Evolve);
        var schedule = events.LastOrDefault(e => e.Data is AgentPulseScheduled);
        if (!agent.Exists || agent.IsRetired || agent.PulseEvery is not { } every || schedule?.Version != pulse.ScheduleVersion)
        {
            return Outcome.None;
        }

        var next = Outcome.Delay(pulse, every);
        if (agent.BoardId is null || agent.Columns.Count == 0)
        {
            return next;
        }

        var board = (await store.LoadAsync(BoardStreams.Id(agent.BoardId), Board.Initial, BoardStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        var held = board.Tasks.Values.FirstOrDefault(t => t.Assignee == agent.Id && t.Status is BoardTaskStatus.Claimed or BoardTaskStatus.InProgress);
        if (held is not null)
        {
            // A claim whose run did not start (the server died in between) is started now; one in progress is busy.
            if (held.Status == BoardTaskStatus.Claimed)
            {
                await StartWorkAsync(agent, board, held, ct).ConfigureAwait(false);
            }

            return next;
        }

        foreach (var task in board.Tasks.Values.Where(t => t.Status == BoardTaskStatus.Ready && agent.Columns.Contains(t.Status)).OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            var claimed = await _boards.HandleAsync(
                new ClaimTask(board.Id, task.Id, agent.Id, WorkspaceNames.TaskBranch(task.Id), task.Version, context.Now),
                new CommandContext(agent.Id), ct).ConfigureAwait(false);
            if (claimed.Succeeded)
            {
                await StartWorkAsync(agent, claimed.State, claimed.State.Tasks[task.Id], ct).ConfigureAwait(false);
                return next;
            }
        }

        return next;
    }

    private async Task StartWorkAsync(Agent agent, Board board, BoardTask task, CancellationToken ct)
    {
        var runId = TaskRuns.RunIdFor(board.Id, task.Id, task.Version);
        var (pipelineId, version, definition) = await pipelines.ForAsync(board.ProjectId, agent, ct).ConfigureAwait(false);
        try
        {
            var (_, refused) = await _runs.StartAsync(board.ProjectId, pipelineId, version, definition, TaskRuns.Inputs(definition, task, agent.Id), agent.Id, ct,
                runId, new TaskWork(board.Id, task.Id, agent.Id)).ConfigureAwait(false);
            if (refused is not null)
            {
                // Blocked, not failed: a person has to fix the project's task-work pipeline before the task can go on.
                await MoveAsync(board.Id, task, BoardTaskStatus.Blocked, agent.Id, $"The work could not start: {refused.Message}", ct).ConfigureAwait(false);
                return;
            }
        }
        catch (WrongExpectedVersionException)
        {
            // Started before a crash: the run goes on.
        }

        await MoveAsync(board.Id, task, BoardTaskStatus.InProgress, agent.Id, $"Run {runId}", ct).ConfigureAwait(false);
    }

    private Task MoveAsync(string boardId, BoardTask task, BoardTaskStatus to, string by, string reason, CancellationToken ct) =>
        _boards.HandleAsync(new MoveTask(boardId, task.Id, to, task.Version, by, reason, clock.GetUtcNow()), new CommandContext(by), ct);
}
