using EventAgents.Domain.Boards;
using EventAgents.Domain.Tasks;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.BoardStory;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Tasks;

public sealed class TaskCommentSpecs
{
    [Fact]
    public void A_comment_on_a_task_is_recorded_with_its_author() =>
        Spec.Board().Given(Created(), Task("t1")).When(new CommentOnTask(BoardId, "t1", "ada", "Looks good.", At(2)))
            .Then(new TaskCommented(BoardId, "t1", "ada", "Looks good.", At(2)));

    [Fact]
    public void A_comment_leaves_the_task_version_as_it_was() =>
        Assert.Equal(1, BoardDecider.Evolve(
            BoardDecider.Evolve(BoardDecider.Evolve(Board.Initial, Created()), Task("t1")),
            new TaskCommented(BoardId, "t1", "ada", "Looks good.", At(2))).Tasks["t1"].Version);

    [Fact]
    public void An_empty_comment_is_refused() =>
        Spec.Board().Given(Created(), Task("t1")).When(new CommentOnTask(BoardId, "t1", "ada", "  ", At(2))).ThenError("task.text-required");

    [Fact]
    public void A_comment_without_an_author_is_refused() =>
        Spec.Board().Given(Created(), Task("t1")).When(new CommentOnTask(BoardId, "t1", "", "Hi", At(2))).ThenError("task.author-required");

    [Fact]
    public void A_comment_longer_than_the_limit_is_refused() =>
        Spec.Board().Given(Created(), Task("t1"))
            .When(new CommentOnTask(BoardId, "t1", "ada", new string('x', CommentingOnTask.MaxTextLength + 1), At(2))).ThenError("task.comment-too-long");

    [Fact]
    public void A_comment_on_an_unknown_task_is_refused() =>
        Spec.Board().Given(Created()).When(new CommentOnTask(BoardId, "ghost", "ada", "Hi", At(2))).ThenError("task.not-found");
}
