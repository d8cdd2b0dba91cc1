using System.CommandLine;
using EventAgents.Application.Agents.Commanding;
using EventAgents.Application.Boards;
using EventAgents.Application.Boards.Creating;
using EventAgents.Application.Boards.Commanding;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Projects.Commanding;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Projects;
using EventAgents.Domain.Tasks;
using EventAgents.Engine.Workspaces.GitWorkspaces;
using EventAgents.Host.Hosting;
using EventAgents.Platform.EventStore;
using Microsoft.Extensions.DependencyInjection;

namespace EventAgents.Host.Commands;

/// <summary>
/// <c>eventagents seed-sample</c>: fills an installation with the sample project the dashboard demo and its
/// end-to-end tests use: a git repository, a board with WIP limits and tasks, three agents and three pipelines
/// (one waits at a gate, one has its agent ask a person a question). Run it before <c>up</c>; seeding again changes nothing.
/// </summary>
public static class SeedCommand
{
    public const string ProjectId = "sample";
    public const string BoardId = "sample-board";

    public static Command Create()
    {
        var command = new Command("seed-sample", "Create the sample project: repository, board with tasks, agents, pipelines (idempotent)");
        command.SetAction(async (_, ct) =>
        {
            var settings = HostSettings.From(HostSettings.Load());
            await using var database = await Database.OpenAsync(settings, _ => { }, ct);
            await using var services = database.EventStoreServices(settings.Schema);
            var store = services.GetRequiredService<EventStore>();
            if ((await store.MigrateWithReportAsync(ct)).LegacyEvents is { } upgraded)
            {
                Console.WriteLine(upgraded.Describe());
            }

            var error = await SeedAsync(store, Path.Combine(settings.HomeDirectory, "sample-repo"), ct);
            if (error is not null)
            {
                Console.Error.WriteLine($"Seeding the sample failed: {error}");
                return 1;
            }

            Console.WriteLine($"Sample project '{ProjectId}' is ready: board '{BoardId}', pipelines 'hello-sample', 'gated-release' and 'clarify'.");
            return 0;
        });
        return command;
    }

    public static async Task<string?> SeedAsync(EventStore store, string repositoryFolder, CancellationToken ct)
    {
        var at = DateTimeOffset.UtcNow;
        var context = new CommandContext("seed-sample");
        await CreateRepositoryAsync(repositoryFolder, ct);
        var projects = new ProjectCommands(store);
        var board = new BoardCommands(store);
        var agents = new AgentCommands(store);
        var pipelines = new PipelineDefiner(store);

        var steps = new List<Func<Task<CommandError?>>>
        {
            async () => (await projects.HandleAsync(new CreateProject(ProjectId, "Sample project", repositoryFolder, "main", at), context, ct)).Error,
            async () => (await new BoardCreator(store).CreateAsync(new CreateBoardWithLimits(BoardId, ProjectId, "Sample board",
                new Dictionary<BoardTaskStatus, int> { [BoardTaskStatus.InProgress] = 2, [BoardTaskStatus.Review] = 1 }, at), context, ct)).Error,
            async () => (await projects.HandleAsync(new LinkBoard(ProjectId, BoardId, at), context, ct)).Error,
        };
        foreach (var (id, name, persona) in Agents)
        {
            steps.Add(async () => (await agents.HandleAsync(new CreateAgent(id, name, persona, "scripted/sample", ["read_file", "write_file", "run_command"], at), context, ct)).Error);
        }

        foreach (var (id, title) in Tasks)
        {
            steps.Add(async () => (await board.HandleAsync(new CreateTask(BoardId, id, title, $"Sample task: {title}.", [], at), context, ct)).Error);
        }

        steps.Add(() => MoveAsync(store, board, "greeting", BoardTaskStatus.Ready, context, ct));
        steps.Add(() => MoveAsync(store, board, "docs", BoardTaskStatus.Ready, context, ct));
        steps.Add(() => ClaimWithPullRequestAsync(store, board, context, ct));
        steps.Add(async () => (await pipelines.DefineAsync(new DefinePipeline(ProjectId, HelloPipeline, "seed-sample", at), context, ct)).Error);
        steps.Add(async () => (await pipelines.DefineAsync(new DefinePipeline(ProjectId, GatedPipeline, "seed-sample", at), context, ct)).Error);
        steps.Add(async () => (await pipelines.DefineAsync(new DefinePipeline(ProjectId, ClarifyPipeline, "seed-sample", at), context, ct)).Error);

        foreach (var step in steps)
        {
            if (await step() is { } error)
            {
                return error.Message;
            }
        }

        return null;
    }

    private static readonly (string Id, string Name, string Persona)[] Agents =
    [
        ("architect", "Architect", "Splits goals into small, testable tasks and writes the plan down."),
        ("engineer", "Engineer", "Implements one task at a time with tests, on the task's branch."),
        ("reviewer", "Reviewer", "Reads every change for correctness and clarity before it merges."),
    ];

    private static readonly (string Id, string Title)[] Tasks =
    [
        ("greeting", "Print a greeting"),
        ("docs", "Document the command line"),
        ("tests", "Add a smoke test"),
        ("release", "Tag the first release"),
    ];

    private static async Task<CommandError?> MoveAsync(EventStore store, BoardCommands board, string taskId, BoardTaskStatus to, CommandContext context, CancellationToken ct)
    {
        var state = await LoadBoardAsync(store, ct);
        var task = state.Tasks[taskId];
        return task.Status == to ? null : (await board.HandleAsync(new MoveTask(BoardId, taskId, to, task.Version, "seed-sample", null, DateTimeOffset.UtcNow), context, ct)).Error;
    }

    private static async Task<CommandError?> ClaimWithPullRequestAsync(EventStore store, BoardCommands board, CommandContext context, CancellationToken ct)
    {
        var state = await LoadBoardAsync(store, ct);
        var task = state.Tasks["tests"];
        if (task.Status == BoardTaskStatus.Backlog)
        {
            var moved = await board.HandleAsync(new MoveTask(BoardId, "tests", BoardTaskStatus.Ready, task.Version, "seed-sample", null, DateTimeOffset.UtcNow), context, ct);
            if (moved.Error is not null)
            {
                return moved.Error;
            }

            task = moved.State.Tasks["tests"];
        }

        if (task.Status == BoardTaskStatus.Ready)
        {
            var claimed = await board.HandleAsync(new ClaimTask(BoardId, "tests", "engineer", "task/tests", task.Version, DateTimeOffset.UtcNow), context, ct);
            if (claimed.Error is not null)
            {
                return claimed.Error;
            }
        }

        return (await board.HandleAsync(new LinkPullRequest(BoardId, "tests", 1, "https://git.example/sample/pull/1", DateTimeOffset.UtcNow), context, ct)).Error;
    }

    private static async Task<Board> LoadBoardAsync(EventStore store, CancellationToken ct) =>
        (await store.LoadAsync(BoardStreams.Id(BoardId), Board.Initial, BoardStreams.Evolve, ct: ct)).State;

    private static async Task CreateRepositoryAsync(string folder, CancellationToken ct)
    {
        if (Directory.Exists(Path.Combine(folder, ".git")))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "README.md"), "# Sample project\n\nThe EventAgents sample repository.\n", ct);
        var git = new GitCli();
        await git.RequireAsync(folder, ["init", "-q", "-b", "main"], ct);
        await git.RequireAsync(folder, ["add", "README.md"], ct);
        await git.RequireAsync(folder, ["-c", "user.name=EventAgents", "-c", "user.email=sample@eventagents.local", "commit", "-q", "-m", "Sample project"], ct);
    }

    private const string HelloPipeline = """
        name: hello-sample
        description: Plan, implement, test and review a small shell program with the scripted model.
        inputs:
          - name: goal
            description: What to build.
        steps:
          - id: plan
            type: agent
            agent: architect
            prompt: "Plan how to reach this goal: {{inputs.goal}}"
            timeout: 2m
            script:
              - tool: write_file
                args: {path: PLAN.md, content: "1. Write hello.sh that prints hello.\n"}
              - tool: complete_step
                args: {result: pass, output: "Write hello.sh."}
          - id: implement
            type: agent
            agent: engineer
            prompt: "Goal: {{inputs.goal}}. Plan: {{steps.plan.output}}"
            timeout: 2m
            script:
              - tool: run_command
                args: {command: "printf '#!/bin/sh\\necho hello\\n' > hello.sh && chmod +x hello.sh"}
              - tool: complete_step
                args: {result: pass, output: "hello.sh written"}
          - id: test
            type: command
            run: ./hello.sh | grep -q hello
            timeout: 1m
          - id: review
            type: agent
            agent: reviewer
            prompt: "Review the change made for: {{inputs.goal}}"
            timeout: 2m
            script:
              - tool: read_file
                args: {path: hello.sh}
              - tool: complete_step
                args: {result: pass, output: "Looks good."}
        """;

    private const string GatedPipeline = """
        name: gated-release
        description: Build, wait for a person to approve, then ship.
        inputs:
          - name: goal
            required: false
            description: What the release is for.
        steps:
          - id: build
            type: command
            run: "echo building && sleep 1 && echo built > build.txt"
            timeout: 1m
          - id: approve
            type: gate
            prompt: "Ship the build for '{{inputs.goal}}'?"
            timeout: 1h
            on_result:
              pass: ship
              fail: end
          - id: ship
            type: command
            run: "cat build.txt && echo shipped"
            timeout: 1m
        """;

    private const string ClarifyPipeline = """
        name: clarify
        description: The agent asks a person which database to use (ask_human), waits for the answer, then writes the design.
        inputs:
          - name: goal
            required: false
            description: What the service is for.
        steps:
          - id: design
            type: agent
            agent: architect
            prompt: "Design the storage for: {{inputs.goal}}. Ask which database to use; do not guess."
            timeout: 2m
            script:
              - tool: ask_human
                args: {question: "Which database should the service use?"}
              - tool: write_file
                args: {path: DESIGN.md, content: "Storage: the database the person chose.\n"}
              - tool: complete_step
                args: {result: pass, output: "Storage designed with the database the person chose."}
        """;
}
