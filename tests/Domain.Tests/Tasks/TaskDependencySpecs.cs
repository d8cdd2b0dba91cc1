using EventAgents.Domain.Tasks;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.BoardStory;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Tasks;

public sealed class TaskDependencySpecs
{
    [Fact]
    public void Adding_a_dependency() =>
        Spec.Board().Given(Created(), Task("t1"), Task("t2"))
            .When(new AddTaskDependency(BoardId, "t2", "t1", At(2))).Then(new TaskDependencyAdded(BoardId, "t2", "t1", At(2)));

    [Fact]
    public void Adding_an_existing_dependency_changes_nothing() =>
        Spec.Board().Given(Created(), Task("t1"), Task("t2", "t1")).When(new AddTaskDependency(BoardId, "t2", "t1", At(2))).ThenNothing();

    [Fact]
    public void A_task_cannot_depend_on_itself() =>
        Spec.Board().Given(Created(), Task("t1")).When(new AddTaskDependency(BoardId, "t1", "t1", At(2))).ThenError("task.dependency-cycle");

    [Fact]
    public void A_dependency_closing_a_cycle_is_refused()
    {
        var error = Spec.Board().Given(Created(), Task("t1"), Task("t2", "t1"), Task("t3", "t2"))
            .When(new AddTaskDependency(BoardId, "t1", "t3", At(2))).ThenError("task.dependency-cycle");
        Assert.Contains("t1 -> t3 -> t2 -> t1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dependency_on_an_unknown_task_is_refused() =>
        Spec.Board().Given(Created(), Task("t1")).When(new AddTaskDependency(BoardId, "t1", "ghost", At(2))).ThenError("task.unknown-dependency");

    [Fact]
    public void Removing_a_dependency() =>
        Spec.Board().Given(Created(), Task("t1"), Task("t2", "t1"))
            .When(new RemoveTaskDependency(BoardId, "t2", "t1", At(2))).Then(new TaskDependencyRemoved(BoardId, "t2", "t1", At(2)));

    [Fact]
    public void Removing_a_missing_dependency_changes_nothing() =>
        Spec.Board().Given(Created(), Task("t1"), Task("t2")).When(new RemoveTaskDependency(BoardId, "t2", "t1", At(2))).ThenNothing();
}
