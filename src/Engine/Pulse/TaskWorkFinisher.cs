using EventAgents.Application.Boards;
using EventAgents.Application.Boards.Commanding;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.GitHosting;
using EventAgents.Application.Runs;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tasks;
using EventAgents.Engine.Runs;
using EventAgents.Engine.Workspaces;
using EventAgents.Engine.Workspaces.GitWorkspaces;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;

namespace EventAgents.Engine.Pulse;

/// <summary>
/// When the run of a task ends: a completed one has its work committed on the task's branch, pushed where the
/// repository is remote, offered as a pull request and the task moved to review; a failed or cancelled one moves the
/// task to failed. Each step can be repeated: the commit finds nothing new, the git host returns the open pull request.
/// </summary>
public sealed class TaskWorkFinisher(
    EventStore store, IWorkspaces workspaces, Func<string, CancellationToken, Task<ProjectRepository?>> repositoryOf, IGitHost gitHost, GitCli git,
    TimeProvider clock)
{
    private readonly BoardCommands _boards = new(store);

    public async Task<Outcome> HandleAsync(TaskWorkEnded message, MessageContext context, CancellationToken ct)
    {
        var run = (await store.LoadAsync(RunStreams.Id(message.RunId), Run.Initial, RunStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        if (run.Task is not { } work)
        {
            return Outcome.None;
        }

        var (boardId, taskId, agentId) = (work.BoardId, work.TaskId, work.AgentId);
        var board = (await store.LoadAsync(BoardStreams.Id(boardId), Board.Initial, BoardStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        if (!board.Tasks.TryGetValue(taskId, out var task) || task.Status is not (BoardTaskStatus.Claimed or BoardTaskStatus.InProgress))
        {
            return Outcome.None;
        }

        if (run.Status != RunStatus.Completed)
        {
            await MoveAsync(board, task, BoardTaskStatus.Failed, agentId, $"Run {run.Id} ended {run.Status}: {run.Reason}", ct).ConfigureAwait(false);
            return Outcome.None;
        }

        var workspace = await workspaces.ForRunAsync(run.Id, run.ProjectId, taskId, ct).ConfigureAwait(false);
        var repository = await repositoryOf(run.ProjectId, ct).ConfigureAwait(false);
        var baseRef = repository is null ? null : repository.IsLocal ? repository.DefaultBranch : $"origin/{repository.DefaultBranch}";
        if (!await CommitAsync(workspace, task, run.Id, agentId, baseRef, ct).ConfigureAwait(false))
        {
            await MoveAsync(board, task, BoardTaskStatus.Failed, agentId, $"Run {run.Id} completed without changing anything.", ct).ConfigureAwait(false);
            return Outcome.None;
        }

        if (repository is null)
        {
            await MoveAsync(board, task, BoardTaskStatus.Review, agentId, $"Work committed in {workspace}; the project has no repository to open a pull request on.", ct)
                .ConfigureAwait(false);
            return Outcome.None;
        }

        var branch = WorkspaceNames.TaskBranch(taskId);
        if (!repository.IsLocal)
        {
            await git.RequireAsync(workspace, ["push", "-q", "origin", $"HEAD:refs/heads/{branch}"], ct).ConfigureAwait(false);
        }

        var pullRequest = await gitHost.OpenPullRequestAsync(
            new PullRequestRequest(run.ProjectId, repository.Location, branch, repository.DefaultBranch, task.Title,
                $"{task.Description}\n\nWorked by {agentId} in run {run.Id}.", agentId), ct).ConfigureAwait(false);
        var linked = await _boards.HandleAsync(new LinkPullRequest(board.Id, task.Id, pullRequest.Number, pullRequest.Url, clock.GetUtcNow()),
            new CommandContext(agentId), ct).ConfigureAwait(false);
        var current = linked.Succeeded ? linked.State.Tasks[task.Id] : task;
        await MoveAsync(linked.Succeeded ? linked.State : board, current, BoardTaskStatus.Review, agentId, $"Pull request #{pullRequest.Number}", ct).ConfigureAwait(false);
        return Outcome.None;
    }

    /// <summary>Commits what the agent left uncommitted; true when the branch holds work beyond its base.</summary>
    private async Task<bool> CommitAsync(string workspace, BoardTask task, string runId, string agentId, string? baseRef, CancellationToken ct)
    {
        await git.RequireAsync(workspace, ["add", "-A"], ct).ConfigureAwait(false);
        var staged = await git.RunAsync(workspace, ["diff", "--cached", "--quiet"], ct).ConfigureAwait(false);
        if (staged.ExitCode != 0)
        {
            await git.RequireAsync(workspace,
                ["-c", $"user.name={agentId}", "-c", $"user.email={agentId}@agents.eventagents.local", "commit", "-q", "-m", $"{task.Title}\n\nTask {task.Id}, run {runId}."],
                ct).ConfigureAwait(false);
        }

        var range = baseRef is null ? "HEAD" : $"{baseRef}..HEAD";
        var ahead = await git.RunAsync(workspace, ["rev-list", "--count", range], ct).ConfigureAwait(false);
        return ahead.ExitCode == 0 && int.TryParse(ahead.Output, out var count) && count > 0;
    }

    private Task MoveAsync(Board board, BoardTask task, BoardTaskStatus to, string by, string reason, CancellationToken ct) =>
        _boards.HandleAsync(new MoveTask(board.Id, task.Id, to, task.Version, by, reason, clock.GetUtcNow()), new CommandContext(by), ct);
}
