using EventAgents.Domain.Tasks;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tasks.BoardTaskStatus;
using static EventAgents.Domain.Tests.Fixtures.BoardStory;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Tasks;

public sealed class TaskSpecs
{
    [Fact]
    public void Creating_a_task_puts_it_in_the_backlog()
    {
        var spec = Spec.Board().Given(Created()).When(new CreateTask(BoardId, "t1", "Task t1", "", [], At(1))).Then(Task("t1"));
        Assert.Equal((Backlog, 1), (spec.State.Tasks["t1"].Status, spec.State.Tasks["t1"].Version));
    }

    [Fact]
    public void Creating_the_same_task_again_changes_nothing() =>
        Spec.Board().Given(Created(), Task("t1")).When(new CreateTask(BoardId, "t1", "Task t1", "", [], At(2))).ThenNothing();

    [Fact]
    public void A_task_cannot_depend_on_a_task_that_does_not_exist() =>
        Spec.Board().Given(Created()).When(new CreateTask(BoardId, "t1", "T", "", ["ghost"], At(1))).ThenError("task.unknown-dependency");

    [Fact]
    public void Moving_a_task_with_its_current_version() =>
        Spec.Board().Given(Created(), Task("t1")).When(new MoveTask(BoardId, "t1", Ready, 1, "ada", null, At(2))).Then(Moved("t1", Backlog, Ready));

    [Fact]
    public void Moving_with_a_stale_version_is_refused() =>
        Spec.Board().Given(Created(), Task("t1"), Moved("t1", Backlog, Ready)).When(new MoveTask(BoardId, "t1", Blocked, 1, "ada", null, At(3))).ThenError("task.version-conflict");

    [Fact]
    public void Moving_a_task_to_where_it_already_is_changes_nothing() =>
        Spec.Board().Given(Created(), Task("t1"), Moved("t1", Backlog, Ready)).When(new MoveTask(BoardId, "t1", Ready, 1, "ada", null, At(3))).ThenNothing();

    [Fact]
    public void An_illegal_move_is_refused() =>
        Spec.Board().Given(Created(), Task("t1")).When(new MoveTask(BoardId, "t1", Done, 1, "ada", null, At(2))).ThenError("task.illegal-move");

    [Fact]
    public void Claimed_is_entered_only_by_claiming() =>
        Spec.Board().Given(Created(), Task("t1"), Moved("t1", Backlog, Ready)).When(new MoveTask(BoardId, "t1", BoardTaskStatus.Claimed, 2, "ada", null, At(3))).ThenError("task.claim-required");

    [Fact]
    public void A_task_with_open_dependencies_cannot_become_ready() =>
        Spec.Board().Given(Created(), Task("t1"), Task("t2", "t1")).When(new MoveTask(BoardId, "t2", Ready, 1, "ada", null, At(2))).ThenError("task.dependencies-open");

    [Fact]
    public void A_task_whose_dependencies_are_done_can_become_ready() =>
        Spec.Board().Given(Created(), Task("t1"), Task("t2", "t1"), Moved("t1", Backlog, Ready), Claimed("t1"), Moved("t1", BoardTaskStatus.Claimed, InProgress, 4), Moved("t1", InProgress, Done, 5))
            .When(new MoveTask(BoardId, "t2", Ready, 1, "ada", null, At(6))).Then(Moved("t2", Backlog, Ready, 6));

    [Fact]
    public void A_full_column_takes_no_more_tasks() =>
        Spec.Board().Given(Created(), new Domain.Boards.WipLimitSet(BoardId, Ready, 1, At(1)), Task("t1"), Task("t2"), Moved("t1", Backlog, Ready))
            .When(new MoveTask(BoardId, "t2", Ready, 1, "ada", null, At(3))).ThenError("task.wip-limit-reached");

    [Fact]
    public void Claiming_a_ready_task_names_assignee_and_branch()
    {
        var spec = Spec.Board().Given(Created(), Task("t1"), Moved("t1", Backlog, Ready))
            .When(new ClaimTask(BoardId, "t1", "eve", "task/t1", 2, At(3))).Then(Claimed("t1"));
        Assert.Equal(("eve", "task/t1", BoardTaskStatus.Claimed, 3), (spec.State.Tasks["t1"].Assignee, spec.State.Tasks["t1"].Branch, spec.State.Tasks["t1"].Status, spec.State.Tasks["t1"].Version));
    }

    [Fact]
    public void Claiming_again_as_the_same_assignee_changes_nothing() =>
        Spec.Board().Given(Created(), Task("t1"), Moved("t1", Backlog, Ready), Claimed("t1"))
            .When(new ClaimTask(BoardId, "t1", "eve", "task/t1", 2, At(4))).ThenNothing();

    [Fact]
    public void A_task_claimed_by_someone_else_cannot_be_claimed() =>
        Spec.Board().Given(Created(), Task("t1"), Moved("t1", Backlog, Ready), Claimed("t1"))
            .When(new ClaimTask(BoardId, "t1", "bob", "task/t1", 3, At(4))).ThenError("task.already-claimed");

    [Fact]
    public void A_backlog_task_cannot_be_claimed() =>
        Spec.Board().Given(Created(), Task("t1")).When(new ClaimTask(BoardId, "t1", "eve", "task/t1", 1, At(2))).ThenError("task.illegal-move");

    [Fact]
    public void Claiming_with_an_invalid_branch_is_refused() =>
        Spec.Board().Given(Created(), Task("t1"), Moved("t1", Backlog, Ready)).When(new ClaimTask(BoardId, "t1", "eve", "bad branch", 2, At(3))).ThenError("task.invalid-branch");

    [Fact]
    public void Moving_back_to_ready_releases_the_assignee()
    {
        var spec = Spec.Board().Given(Created(), Task("t1"), Moved("t1", Backlog, Ready), Claimed("t1"))
            .When(new MoveTask(BoardId, "t1", Ready, 3, "eve", "giving up", At(4)));
        Assert.Null(spec.State.Tasks["t1"].Assignee);
    }

    [Fact]
    public void Linking_a_pull_request_to_work_in_progress() =>
        Spec.Board().Given(Created(), Task("t1"), Moved("t1", Backlog, Ready), Claimed("t1"))
            .When(new LinkPullRequest(BoardId, "t1", 42, "https://github.com/acme/shop/pull/42", At(4)))
            .Then(new PullRequestLinked(BoardId, "t1", 42, "https://github.com/acme/shop/pull/42", At(4)));

    [Fact]
    public void A_backlog_task_gets_no_pull_request() =>
        Spec.Board().Given(Created(), Task("t1")).When(new LinkPullRequest(BoardId, "t1", 42, "https://github.com/acme/shop/pull/42", At(4))).ThenError("task.not-in-progress");

    [Fact]
    public void Commands_about_a_missing_task_are_refused() =>
        Spec.Board().Given(Created()).When(new MoveTask(BoardId, "t9", Ready, 1, "ada", null, At(2))).ThenError("task.not-found");
}
