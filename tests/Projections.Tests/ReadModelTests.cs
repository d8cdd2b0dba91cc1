using EventAgents.Domain.Runs;
using EventAgents.Domain.Tasks;
using EventAgents.Projections.Boards;
using EventAgents.Projections.Catalog;
using EventAgents.Projections.Chats;
using EventAgents.Projections.Runs;

namespace EventAgents.Projections.Tests;

/// <summary>The projections fed by their subscriptions over real PostgreSQL, then rebuilt from the first event.</summary>
public sealed class ReadModelTests : IAsyncLifetime
{
    private readonly ReadModelFixture _db = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        await SampleHistory.AppendAsync(_db.Store);
        _running = _db.Daemon.RunAsync(_stop.Token);
        await _db.CatchUpAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        await _db.DisposeAsync();
    }

    private async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
    }

    [Fact]
    public async Task Runs_show_their_status_current_step_and_each_steps_state()
    {
        var runs = new RunQueries(_db.Daemon.Reader);
        var rows = await runs.GetManyAsync(["r1", "r2"], CancellationToken.None);
        var r1 = rows["r1"];
        Assert.Equal((RunStatus.Running, "gate", 11L, "build", 2), (r1.Status, r1.CurrentStep, r1.Version, r1.PipelineId, r1.PipelineVersion));
        Assert.Equal(SampleHistory.T0, r1.StartedAt);
        Assert.Equal("{\"ticket\": \"42\"}", r1.InputsJson);
        Assert.Equal(("b1", "t1", "a1"), (r1.TaskBoardId, r1.TaskId, r1.AgentId));
        Assert.Equal(["r1"], (await runs.ListAsync(new RunFilter(AgentId: "a1"), 10, null, CancellationToken.None)).Items.Select(r => r.RunId));
        var r2 = rows["r2"];
        Assert.Equal((RunStatus.Cancelled, (string?)null, "wrong branch", SampleHistory.T0.AddMinutes(12)), (r2.Status, r2.CurrentStep, r2.Reason, r2.FinishedAt));

        var steps = (await runs.StepsAsync(["r1", "r2", "missing"], CancellationToken.None));
        Assert.Empty(steps["missing"]);
        var build = steps["r1"][0];
        Assert.Equal(("build", StepStatus.Completed, 1, "pass", "compiled", 120, 0.25m), (build.StepId, build.Status, build.Attempt, build.Result, build.Output, build.Tokens, build.CostUsd));
        Assert.Equal((SampleHistory.T0.AddSeconds(1), SampleHistory.T0.AddSeconds(3)), (build.StartedAt!.Value, build.FinishedAt!.Value));
        var calls = (await runs.ToolCallsAsync([("r1", "build")], CancellationToken.None))[("r1", "build")];
        Assert.Equal(("run_command", "ok", false, 1), (calls[0].Tool, calls[0].Result, calls[0].IsError, calls[0].Attempt));
        var gate = steps["r1"][1];
        Assert.Equal((StepStatus.AwaitingApproval, 2, SampleHistory.T0.AddHours(1)), (gate.Status, gate.Attempt, gate.DueAt!.Value));
        var retrying = steps["r2"][0];
        Assert.Equal((StepStatus.Retrying, 2, 1, "exit 2"), (retrying.Status, retrying.Attempt, retrying.Retries, retrying.Reason));
    }

    [Fact]
    public async Task A_step_shows_the_question_its_agent_waits_on_and_keeps_every_question_asked_with_its_answer()
    {
        var runs = new RunQueries(_db.Daemon.Reader);
        var steps = await runs.StepsAsync(["r3", "r4", "r5"], CancellationToken.None);
        var t3 = SampleHistory.T0.AddHours(2);
        var retried = steps["r3"].Single();
        Assert.Equal((StepStatus.Running, 2, SampleHistory.BudgetMessage), (retried.Status, retried.Attempt, retried.Reason));
        Assert.Equal(new PendingQuestionRow("q1", "Which branch, again?", t3.AddMinutes(10)), retried.Question);
        Assert.Null(steps["r4"].Single().Question);
        var answered = steps["r5"].Single();
        Assert.Null(answered.Question);
        Assert.Equal(SampleHistory.T0.AddHours(4).AddMinutes(32), answered.DueAt);

        var questions = await runs.QuestionsAsync([("r3", "review"), ("r4", "review"), ("r5", "review"), ("r1", "build")], CancellationToken.None);
        Assert.Equal(
        [
            (1, "q1", "Which branch?", t3.AddMinutes(1), "main", "ada", t3.AddMinutes(6)),
            (1, "q2", "Deploy too?", t3.AddMinutes(7), null, null, null),
            (2, "q1", "Which branch, again?", t3.AddMinutes(10), null, null, null),
        ], questions[("r3", "review")].Select(q => (q.Attempt, q.QuestionId, q.Text, q.AskedAt, q.Answer, q.AnsweredBy, q.AnsweredAt)));
        Assert.Equal([("Ship it?", (string?)null)], questions[("r4", "review")].Select(q => (q.Text, q.Answer)));
        Assert.Equal([("main", "bob")], questions[("r5", "review")].Select(q => (q.Answer!, q.AnsweredBy!)));
        Assert.Empty(questions[("r1", "build")]);
    }

    [Fact]
    public async Task A_councils_members_are_steps_of_their_own_beside_the_running_council()
    {
        var steps = (await new RunQueries(_db.Daemon.Reader).StepsAsync(["r6"], CancellationToken.None))["r6"].ToDictionary(step => step.StepId);
        var t6 = SampleHistory.T0.AddHours(5);
        Assert.Equal(["review", "review--ada", "review--bob"], steps.Keys.Order());
        Assert.Equal((StepStatus.Running, 1, t6, (string?)null), (steps["review"].Status, steps["review"].Attempt, steps["review"].StartedAt!.Value, steps["review"].Result));
        Assert.Equal((StepStatus.Completed, "pass", "\"fine\"", 50), (steps["review--ada"].Status, steps["review--ada"].Result, steps["review--ada"].Output, steps["review--ada"].Tokens));
        Assert.Equal(StepStatus.Running, steps["review--bob"].Status);
    }

    [Fact]
    public async Task Run_lists_filter_and_page_newest_first()
    {
        var runs = new RunQueries(_db.Daemon.Reader);
        var p1 = new RunFilter(ProjectId: "p1");
        var first = await runs.ListAsync(p1, 1, null, CancellationToken.None);
        Assert.Equal(["r2"], first.Items.Select(r => r.RunId));
        Assert.True(first.HasNextPage);
        var second = await runs.ListAsync(p1, 1, first.Items[^1].Seq, CancellationToken.None);
        Assert.Equal(["r1"], second.Items.Select(r => r.RunId));
        Assert.False(second.HasNextPage);
        Assert.Equal(["r1"], (await runs.ListAsync(p1 with { Status = RunStatus.Running }, 10, null, CancellationToken.None)).Items.Select(r => r.RunId));
        Assert.Empty((await runs.ListAsync(new RunFilter(ProjectId: "other"), 10, null, CancellationToken.None)).Items);
    }

    [Fact]
    public async Task Catalog_boards_and_chats_follow_their_events()
    {
        var catalog = new CatalogQueries(_db.Daemon.Reader);
        var project = (await catalog.ProjectsAsync(["p1"], CancellationToken.None))["p1"];
        Assert.Equal(("trunk", "b1", false), (project.DefaultBranch, project.BoardId, project.Archived));
        var agent = (await catalog.AgentsAsync(["a1"], CancellationToken.None))["a1"];
        Assert.Equal(("gpt", 300L, "b1"), (agent.Model, agent.PulseSeconds, agent.BoardId));
        Assert.Equal(["Ready", "Review"], agent.Columns);
        var pipeline = (await catalog.PipelinesAsync(["build"], CancellationToken.None))["build"];
        Assert.Equal(2, pipeline.LatestVersion);
        Assert.Equal([1, 2], (await catalog.VersionsAsync(["build"], CancellationToken.None))["build"].Select(v => v.Number));

        var boards = new BoardQueries(_db.Daemon.Reader);
        var columns = (await boards.ColumnsAsync(["b1"], CancellationToken.None))["b1"];
        Assert.Equal([(BoardTaskStatus.Backlog, (int?)10), (BoardTaskStatus.Ready, 3)], columns.Select(c => (c.Status, c.WipLimit)));
        var tasks = await boards.TasksAsync([("b1", "t1"), ("b1", "t2")], CancellationToken.None);
        var t1 = tasks[("b1", "t1")];
        Assert.Equal((BoardTaskStatus.Claimed, "a1", "task/t1", (int?)7, 5), (t1.Status, t1.Assignee, t1.Branch, t1.PullRequestNumber, t1.Version));
        Assert.Equal(["t0"], t1.DependsOn);
        Assert.Empty(tasks[("b1", "t2")].DependsOn);
        Assert.Equal(["t1"], (await boards.ListTasksAsync(new TaskFilter(Assignee: "a1"), 10, null, CancellationToken.None)).Items.Select(t => t.TaskId));
        Assert.Equal(["t2"], (await boards.ListTasksAsync(new TaskFilter("b1", BoardTaskStatus.Backlog), 10, null, CancellationToken.None)).Items.Select(t => t.TaskId));

        var chats = new ChatQueries(_db.Daemon.Reader);
        var session = (await chats.SessionsAsync(["c1"], CancellationToken.None))["c1"];
        Assert.Equal((true, 2), (session.Ended, session.MessageCount));
        Assert.Equal(["Hi", "Hello"], (await chats.MessagesAsync("c1", 10, null, CancellationToken.None)).Items.Select(m => m.Text));
    }

    [Fact]
    public async Task A_rebuild_from_the_first_event_gives_identical_tables()
    {
        var before = await _db.DumpAsync();
        Assert.Contains("\"run_id\":\"r1\"", before, StringComparison.Ordinal);
        await StopAsync();

        long applied = 0;
        foreach (var projection in _db.Daemon.Projections)
        {
            applied += await _db.Daemon.RebuildAsync(projection, CancellationToken.None);
        }

        Assert.Equal(4 * 71, applied);
        Assert.Equal(before, await _db.DumpAsync());
    }
}
