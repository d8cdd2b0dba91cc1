using System.Text.Json.Nodes;
using EventAgents.Application.Boards;
using EventAgents.Application.Boards.Commanding;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.GitHosting;
using EventAgents.Application.Projects;
using EventAgents.Application.Runs;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Projects;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tasks;
using EventAgents.Engine.Workspaces.GitWorkspaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EventAgents.Engine.AgentApi;

/// <summary>
/// The board and pull-request tools of an agent: <c>GET board/ready-tasks</c>, <c>POST board/claim | board/transition | board/comment</c>
/// and <c>POST pull-requests</c> under <c>/agent/runs/{runId}/steps/{stepId}</c>, with the step token as a Bearer token.
/// The board is the run's task's board, else its project's; the acting agent is the run's task's agent, else the step's agent.
/// Answers 400 naming a bad field, 404 for an unknown task or board, 409 for a version conflict, 422 for a refusal.
/// </summary>
public static class AgentBoardEndpoints
{
    private const int MaxIdChars = 200;
    private const int MaxTitleChars = 300;
    private const int MaxBodyChars = 64 * 1024;
    private const int MaxBodyBytes = 256 * 1024;

    /// <summary>Maps the endpoints under <c>/agent</c>.</summary>
    public static RouteGroupBuilder MapAgentBoardTools(this IEndpointRouteBuilder endpoints, AgentBoardServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var group = endpoints.MapGroup("/agent/runs/{runId}/steps/{stepId}");
        group.AddEndpointFilter(StepTokenFilter.InvokeAsync);
        group.MapGet("/board/ready-tasks", (HttpContext http, CancellationToken ct) => ReadyTasksAsync(services, StepTokenFilter.Scope(http), ct));
        group.MapPost("/board/claim", (HttpContext http, CancellationToken ct) => WithBodyAsync(http, ct, (body, problems) =>
        {
            var taskId = body.Text("taskId", MaxIdChars, allowEmpty: false, problems);
            return (scope, ct) => ClaimAsync(services, scope, taskId!, ct);
        }));
        group.MapPost("/board/transition", (HttpContext http, CancellationToken ct) => WithBodyAsync(http, ct, (body, problems) =>
        {
            var taskId = body.Text("taskId", MaxIdChars, allowEmpty: false, problems);
            var to = Status(body.Text("to", 40, allowEmpty: false, problems), problems);
            var expected = body.Has("expectedVersion") ? (int?)Math.Min(int.MaxValue, body.Count("expectedVersion", 0, problems)) : null;
            var reason = body.Text("reason", MaxBodyChars, allowEmpty: false, problems);
            return (scope, ct) => TransitionAsync(services, scope, taskId!, to!.Value, expected, services.Redactor.Redact(reason!), ct);
        }));
        group.MapPost("/board/comment", (HttpContext http, CancellationToken ct) => WithBodyAsync(http, ct, (body, problems) =>
        {
            var taskId = body.Text("taskId", MaxIdChars, allowEmpty: false, problems);
            var text = body.Text("text", CommentingOnTask.MaxTextLength, allowEmpty: false, problems);
            return (scope, ct) => CommentAsync(services, scope, taskId!, services.Redactor.Redact(text!), ct);
        }));
        group.MapPost("/pull-requests", (HttpContext http, CancellationToken ct) => WithBodyAsync(http, ct, (body, problems) =>
        {
            var title = body.Text("title", MaxTitleChars, allowEmpty: false, problems);
            var text = body.Text("body", MaxBodyChars, allowEmpty: true, problems);
            return (scope, ct) => OpenPullRequestAsync(services, scope, services.Redactor.Redact(title!.Trim()), services.Redactor.Redact(text!), ct);
        }));
        return group;
    }

    private static async Task<IResult> ReadyTasksAsync(AgentBoardServices services, StepTokenScope scope, CancellationToken ct)
    {
        var (context, problem) = await ContextAsync(services, scope, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        var tasks = new JsonArray();
        foreach (var task in context!.Board.Tasks.Values.Where(task => task.Status == BoardTaskStatus.Ready).OrderBy(task => task.Id, StringComparer.Ordinal))
        {
            tasks.Add(Describe(task));
        }

        return Results.Text(new JsonObject { ["boardId"] = context.Board.Id, ["tasks"] = tasks }.ToJsonString(), "application/json");
    }

    private static async Task<IResult> ClaimAsync(AgentBoardServices services, StepTokenScope scope, string taskId, CancellationToken ct)
    {
        var (context, problem) = await ContextAsync(services, scope, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        if (!context!.Board.Tasks.TryGetValue(taskId, out var task))
        {
            return UnknownTask(context.Board.Id, taskId);
        }

        var command = new ClaimTask(context.Board.Id, taskId, context.Agent, WorkspaceNames.TaskBranch(WorkspaceNames.SafeId(taskId, nameof(taskId))),
            task.Version, services.Clock.GetUtcNow());
        return await HandleAsync(services, command, context.Agent, ct).ConfigureAwait(false);
    }

    private static async Task<IResult> TransitionAsync(
        AgentBoardServices services, StepTokenScope scope, string taskId, BoardTaskStatus to, int? expected, string reason, CancellationToken ct)
    {
        var (context, problem) = await ContextAsync(services, scope, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        if (!context!.Board.Tasks.TryGetValue(taskId, out var task))
        {
            return UnknownTask(context.Board.Id, taskId);
        }

        var command = new MoveTask(context.Board.Id, taskId, to, expected ?? task.Version, context.Agent, reason, services.Clock.GetUtcNow());
        return await HandleAsync(services, command, context.Agent, ct).ConfigureAwait(false);
    }

    private static async Task<IResult> CommentAsync(AgentBoardServices services, StepTokenScope scope, string taskId, string text, CancellationToken ct)
    {
        var (context, problem) = await ContextAsync(services, scope, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        return context!.Board.Tasks.ContainsKey(taskId)
            ? await HandleAsync(services, new CommentOnTask(context.Board.Id, taskId, context.Agent, text, services.Clock.GetUtcNow()), context.Agent, ct)
                .ConfigureAwait(false)
            : UnknownTask(context.Board.Id, taskId);
    }

    private static async Task<IResult> OpenPullRequestAsync(AgentBoardServices services, StepTokenScope scope, string title, string body, CancellationToken ct)
    {
        var run = await LoadRunAsync(services, scope.RunId, ct).ConfigureAwait(false);
        if (run is null)
        {
            return new ReportProblem(StatusCodes.Status404NotFound, $"Run '{scope.RunId}' does not exist.").ToResult();
        }

        var repository = await services.RepositoryOf(run.ProjectId, ct).ConfigureAwait(false);
        if (repository is null)
        {
            return new ReportProblem(StatusCodes.Status422UnprocessableEntity,
                $"Project '{run.ProjectId}' has no repository to open a pull request on.").ToResult();
        }

        var agent = ActingAgent(run, scope.StepId);
        var branch = run.Task is { } work ? WorkspaceNames.TaskBranch(work.TaskId) : WorkspaceNames.RunBranch(run.Id);
        if (!repository.IsLocal)
        {
            string workspace;
            try
            {
                workspace = await services.Workspaces.ForRunAsync(run.Id, run.ProjectId, run.Task?.TaskId, ct).ConfigureAwait(false);
            }
            catch (GitCommandException exception)
            {
                return new ReportProblem(StatusCodes.Status422UnprocessableEntity, $"The run's workspace could not be prepared to push branch '{branch}': {exception.Message}")
                    .ToResult();
            }

            var pushed = await services.Git.RunAsync(workspace, ["push", "-q", "origin", $"HEAD:refs/heads/{branch}"], ct).ConfigureAwait(false);
            if (pushed.ExitCode != 0)
            {
                return new ReportProblem(StatusCodes.Status422UnprocessableEntity, $"Pushing branch '{branch}' to origin failed: {pushed.Error}").ToResult();
            }
        }

        var link = await services.GitHost.OpenPullRequestAsync(
            new PullRequestRequest(run.ProjectId, repository.Location, branch, repository.DefaultBranch, title, body, agent), ct).ConfigureAwait(false);
        return Results.Text(new JsonObject
        {
            ["number"] = link.Number, ["url"] = link.Url, ["head"] = branch, ["base"] = repository.DefaultBranch,
        }.ToJsonString(), "application/json");
    }

    private static async Task<IResult> HandleAsync(AgentBoardServices services, IBoardCommand command, string agent, CancellationToken ct)
    {
        var result = await new BoardCommands(services.Store).HandleAsync(command, new CommandContext(agent), ct).ConfigureAwait(false);
        return result.Error switch
        {
            null => Results.Text(Describe(result.State.Tasks[((ITaskCommand)command).TaskId]).ToJsonString(), "application/json"),
            ConflictError conflict => new ReportProblem(StatusCodes.Status409Conflict, conflict.Message).ToResult(),
            NotFoundError missing => new ReportProblem(StatusCodes.Status404NotFound, missing.Message).ToResult(),
            var refused => new ReportProblem(StatusCodes.Status422UnprocessableEntity, refused.Message).ToResult(),
        };
    }

    private static async Task<(RunBoard? Context, ReportProblem? Problem)> ContextAsync(AgentBoardServices services, StepTokenScope scope, CancellationToken ct)
    {
        var run = await LoadRunAsync(services, scope.RunId, ct).ConfigureAwait(false);
        if (run is null)
        {
            return (null, new ReportProblem(StatusCodes.Status404NotFound, $"Run '{scope.RunId}' does not exist."));
        }

        var boardId = run.Task?.BoardId;
        if (boardId is null)
        {
            var project = (await services.Store.LoadAsync(ProjectStreams.Id(run.ProjectId), Project.Initial, ProjectStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
            boardId = project.BoardId;
        }

        if (boardId is null)
        {
            return (null, new ReportProblem(StatusCodes.Status422UnprocessableEntity, $"Run '{run.Id}' works no task and project '{run.ProjectId}' has no board."));
        }

        var board = (await services.Store.LoadAsync(BoardStreams.Id(boardId), Board.Initial, BoardStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        return board.Id != boardId
            ? (null, new ReportProblem(StatusCodes.Status404NotFound, $"Board '{boardId}' does not exist."))
            : (new RunBoard(board, ActingAgent(run, scope.StepId)), null);
    }

    private static string ActingAgent(Run run, string stepId) =>
        run.Task?.AgentId ?? run.Definition.FindStep(stepId)?.ActingAgent() ?? stepId;

    private static async Task<Run?> LoadRunAsync(AgentBoardServices services, string runId, CancellationToken ct)
    {
        var run = (await services.Store.LoadAsync(RunStreams.Id(runId), Run.Initial, RunStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        return run.Id == runId ? run : null;
    }

    private static async Task<IResult> WithBodyAsync(HttpContext http, CancellationToken ct, Func<ReportBody, List<ReportProblem>, Call> parse)
    {
        var (body, problem) = await ReportBody.ReadAsync(http.Request, MaxBodyBytes, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        var problems = new List<ReportProblem>();
        var call = parse(body!, problems);
        return problems.Count > 0
            ? ReportProblem.BadFields(problems).ToResult()
            : await call(StepTokenFilter.Scope(http), ct).ConfigureAwait(false);
    }

    private static BoardTaskStatus? Status(string? text, List<ReportProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<BoardTaskStatus>(text.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(text, out _))
        {
            return status;
        }

        problems.Add(ReportProblem.BadField("to", $"must be one of {string.Join(", ", Enum.GetNames<BoardTaskStatus>())}"));
        return null;
    }

    private static JsonObject Describe(BoardTask task) => new()
    {
        ["id"] = task.Id,
        ["title"] = task.Title,
        ["description"] = task.Description,
        ["status"] = task.Status.ToString(),
        ["assignee"] = task.Assignee,
        ["version"] = task.Version,
    };

    private static IResult UnknownTask(string boardId, string taskId) =>
        new ReportProblem(StatusCodes.Status404NotFound, $"Task '{taskId}' is not on board '{boardId}'.").ToResult();

    private sealed record RunBoard(Board Board, string Agent);

    private delegate Task<IResult> Call(StepTokenScope scope, CancellationToken ct);
}
