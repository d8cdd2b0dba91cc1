using EventAgents.Application.Pipelines.Defining;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Chats;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Projects;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tasks;
using EventAgents.Platform.EventStore;

namespace EventAgents.Projections.Tests;

/// <summary>
/// A small history touching every read model: a project, an agent, two pipeline versions, two runs, a board with tasks, a chat;
/// in project p2 three runs of an agent step that asks a person questions; in project p3 a run of a council.
/// </summary>
public static class SampleHistory
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    private const string Yaml = """
        name: build
        steps:
          - id: build
            type: command
            run: make
          - id: gate
            type: gate
        """;

    public const string BudgetMessage = "token budget exhausted: 10,240 of 10,000 tokens";

    private const string ReviewYaml = """
        name: review
        steps:
          - id: review
            type: agent
            agent: reviewer
            prompt: Review the change.
            timeout: 30m
        """;

    private const string CouncilYaml = """
        name: council
        steps:
          - id: review
            type: council
            agents: [ada, bob]
            prompt: Review the change.
        """;

    public static async Task AppendAsync(EventStore store)
    {
        var definition = PipelineYaml.Parse(Yaml).Definition!;
        await store.AppendAsync("project-p1", ExpectedVersion.Any, [
            new ProjectCreated("p1", "Shop", "https://git.example/shop.git", "main", T0),
            new DefaultBranchChanged("p1", "trunk", T0.AddMinutes(1)),
            new BoardLinked("p1", "b1", T0.AddMinutes(2))]);
        await store.AppendAsync("agent-a1", ExpectedVersion.Any, [
            new AgentCreated("a1", "Ada", "careful", "claude", ["git", "shell"], T0),
            new AgentModelChanged("a1", "gpt", T0.AddMinutes(1)),
            new AgentPulseScheduled("a1", TimeSpan.FromMinutes(5), T0.AddMinutes(2)),
            new AgentColumnsAssigned("a1", "b1", [BoardTaskStatus.Ready, BoardTaskStatus.Review], T0.AddMinutes(3))]);
        await store.AppendAsync("pipeline-build", ExpectedVersion.Any, [
            new PipelineVersionDefined("build", 1, Yaml, definition, "ada", T0),
            new PipelineVersionDefined("build", 2, Yaml + "\n", definition, "ada", T0.AddMinutes(5))]);
        await store.AppendAsync("run-r1", ExpectedVersion.Any, [
            new RunRequested("r1", "p1", "build", 2, definition, new Dictionary<string, string> { ["ticket"] = "42" }, "ada", T0, new TaskWork("b1", "t1", "a1")),
            new RunStarted("r1", T0),
            new StepQueued("r1", "build", 1, 1, null, null, T0),
            new StepStarted("r1", "build", 1, null, T0.AddSeconds(1)),
            new StepModelCalled("r1", "build", 1, 1, "scripted/x", "[]", "[]", 80, 0, 20, 0.1m, 5, new StepUsage(100, 0.1m), T0.AddSeconds(1)),
            new StepToolCalled("r1", "build", 1, 1, "run_command", "{\"command\":\"make\"}", "ok", false, 7, T0.AddSeconds(2)),
            new StepOutputRecorded("r1", "build", 1, "compiled", new StepUsage(120, 0.25m), T0.AddSeconds(2)),
            new StepCompleted("r1", "build", 1, "pass", T0.AddSeconds(3)),
            new StepQueued("r1", "gate", 2, 1, null, "build", T0.AddSeconds(3)),
            new StepStarted("r1", "gate", 2, T0.AddHours(1), T0.AddSeconds(4)),
            new GateApprovalRequested("r1", "gate", 2, "Ship?", ["ada"], T0.AddHours(1), T0.AddSeconds(4))]);
        await store.AppendAsync("run-r2", ExpectedVersion.Any, [
            new RunRequested("r2", "p1", "build", 1, definition, new Dictionary<string, string>(), "bob", T0.AddMinutes(10)),
            new RunStarted("r2", T0.AddMinutes(10)),
            new StepQueued("r2", "build", 1, 1, null, null, T0.AddMinutes(10)),
            new StepStarted("r2", "build", 1, null, T0.AddMinutes(11)),
            new StepRetryScheduled("r2", "build", 1, 2, T0.AddMinutes(12), "exit 2", T0.AddMinutes(11)),
            new RunCancelled("r2", "bob", "wrong branch", T0.AddMinutes(12))]);
        await store.AppendAsync("board-b1", ExpectedVersion.Any, [
            new BoardCreated("b1", "p1", "Shop board", [new BoardColumn(BoardTaskStatus.Backlog, "Backlog", null), new BoardColumn(BoardTaskStatus.Ready, "Ready", 3)], T0),
            new WipLimitSet("b1", BoardTaskStatus.Backlog, 10, T0.AddMinutes(1)),
            new TaskCreated("b1", "t1", "Checkout", "Pay with card", [], T0.AddMinutes(2)),
            new TaskCreated("b1", "t2", "Receipts", "Email them", ["t1"], T0.AddMinutes(3)),
            new TaskMoved("b1", "t1", BoardTaskStatus.Backlog, BoardTaskStatus.Ready, "ada", null, T0.AddMinutes(4)),
            new TaskClaimed("b1", "t1", "a1", "task/t1", T0.AddMinutes(5)),
            new PullRequestLinked("b1", "t1", 7, "https://git.example/shop/pull/7", T0.AddMinutes(6)),
            new TaskDependencyAdded("b1", "t1", "t0", T0.AddMinutes(7)),
            new TaskDependencyRemoved("b1", "t2", "t1", T0.AddMinutes(8))]);
        await store.AppendAsync("chat-c1", ExpectedVersion.Any, [
            new ChatSessionStarted("c1", "a1", "ada", "p1", T0),
            new UserMessagePosted("c1", "m1", "ada", "Hi", T0.AddSeconds(1)),
            new AgentMessageRecorded("c1", "m2", "a1", "Hello", T0.AddSeconds(2)),
            new ChatSessionEnded("c1", "ada", T0.AddSeconds(3))]);
        await AppendQuestionsAsync(store);
        await AppendCouncilAsync(store);
    }

    /// <summary>r6, in project p3: a council of ada and bob convened; ada has voted, bob is still at work.</summary>
    private static async Task AppendCouncilAsync(EventStore store)
    {
        var council = PipelineYaml.Parse(CouncilYaml).Definition!;
        var t6 = T0.AddHours(5);
        await store.AppendAsync("run-r6", ExpectedVersion.Any, [
            new RunRequested("r6", "p3", "council", 1, council, new Dictionary<string, string>(), "ada", t6),
            new RunStarted("r6", t6),
            new CouncilConvened("r6", "review", 1, ["review--ada", "review--bob"], null, t6),
            new StepQueued("r6", "review--ada", 1, 1, null, null, t6),
            new StepQueued("r6", "review--bob", 1, 1, null, null, t6),
            new StepStarted("r6", "review--ada", 1, null, t6.AddSeconds(1)),
            new StepStarted("r6", "review--bob", 1, null, t6.AddSeconds(1)),
            new StepOutputRecorded("r6", "review--ada", 1, "\"fine\"", new StepUsage(50, 0.05m), t6.AddSeconds(2)),
            new StepCompleted("r6", "review--ada", 1, "pass", t6.AddSeconds(3))]);
    }

    /// <summary>
    /// r3: a question answered, a second one left when the budget stops the attempt, a third pending on the retry;
    /// r4: a question pending when the run is cancelled; r5: a question answered, moving the deadline on by the wait.
    /// </summary>
    private static async Task AppendQuestionsAsync(EventStore store)
    {
        var review = PipelineYaml.Parse(ReviewYaml).Definition!;
        IRunEvent[] Started(string runId, DateTimeOffset at) =>
        [
            new RunRequested(runId, "p2", "review", 1, review, new Dictionary<string, string>(), "ada", at),
            new RunStarted(runId, at),
            new StepQueued(runId, "review", 1, 1, null, null, at),
            new StepStarted(runId, "review", 1, at.AddMinutes(30), at),
        ];
        var t3 = T0.AddHours(2);
        await store.AppendAsync("run-r3", ExpectedVersion.Any, [
            .. Started("r3", t3),
            new StepQuestionAsked("r3", "review", 1, "q1", "Which branch?", t3.AddMinutes(1)),
            new StepQuestionAnswered("r3", "review", 1, "q1", "main", "ada", t3.AddMinutes(35), t3.AddMinutes(6)),
            new StepQuestionAsked("r3", "review", 1, "q2", "Deploy too?", t3.AddMinutes(7)),
            new StepBudgetExceeded("r3", "review", 1, "tokens", BudgetMessage, t3.AddMinutes(8)),
            new StepRetryScheduled("r3", "review", 1, 2, t3.AddMinutes(9), BudgetMessage, t3.AddMinutes(8)),
            new StepStarted("r3", "review", 2, t3.AddMinutes(39), t3.AddMinutes(9)),
            new StepQuestionAsked("r3", "review", 2, "q1", "Which branch, again?", t3.AddMinutes(10))]);
        var t4 = T0.AddHours(3);
        await store.AppendAsync("run-r4", ExpectedVersion.Any, [
            .. Started("r4", t4),
            new StepQuestionAsked("r4", "review", 1, "q1", "Ship it?", t4.AddMinutes(1)),
            new RunCancelled("r4", "bob", "nobody answered", t4.AddMinutes(2))]);
        var t5 = T0.AddHours(4);
        await store.AppendAsync("run-r5", ExpectedVersion.Any, [
            .. Started("r5", t5),
            new StepQuestionAsked("r5", "review", 1, "q1", "Which branch?", t5.AddMinutes(1)),
            new StepQuestionAnswered("r5", "review", 1, "q1", "main", "bob", t5.AddMinutes(32), t5.AddMinutes(3))]);
    }
}
