using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.RunStory;
using static EventAgents.Domain.Tests.Fixtures.Steps;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Runs;

public sealed class LoopSpecs
{
    private static readonly PipelineDefinition OverTasks = Pipeline(
        Agent("plan"),
        Agent("implement", StepFlow.Default with { Loop = new LoopPolicy("steps.plan.output.tasks", null, 3) }, "Do {{loop.item}}"),
        Agent("review"));

    private static readonly PipelineDefinition UntilApproved = Pipeline(
        Agent("draft", StepFlow.Default with { Loop = new LoopPolicy(null, LoopCondition.TryParse("output contains \"APPROVED\""), 2) }),
        Agent("publish"));

    private static IRunEvent[] PlanDone(string output) =>
    [
        .. Started(OverTasks), StartedStep("plan"), new StepOutputRecorded(RunId, "plan", 1, output, StepUsage.None, At(2)), StartedStep("plan", at: 2),
    ];

    [Fact]
    public void Reaching_a_loop_over_a_list_queues_its_first_item() =>
        Spec.Run().Given(PlanDone("""{"tasks": ["login form", "session store"]}"""))
            .When(new CompleteStep(RunId, "plan", 1, StepResults.Pass, At(3)))
            .Then(
                Completed("plan"),
                new LoopStarted(RunId, "implement", ["login form", "session store"], "plan", At(3)),
                Queued("implement", item: "login form", at: 3));

    [Fact]
    public void Each_passing_iteration_queues_the_next_item_then_the_loop_moves_on()
    {
        var spec = Spec.Run().Given(PlanDone("""{"tasks": ["a", "b"]}"""))
            .Given(Completed("plan"), new LoopStarted(RunId, "implement", ["a", "b"], "plan", At(3)), Queued("implement", item: "a", at: 3), StartedStep("implement", at: 4));
        spec.When(new CompleteStep(RunId, "implement", 1, StepResults.Pass, At(5)))
            .Then(Completed("implement", at: 5), Queued("implement", attempt: 2, iteration: 2, item: "b", at: 5));
        spec.AndGiven(StartedStep("implement", 2, 6))
            .When(new CompleteStep(RunId, "implement", 2, StepResults.Pass, At(7)))
            .Then(Completed("implement", attempt: 2, at: 7), Queued("review", from: "implement", at: 7));
    }

    [Fact]
    public void A_loop_over_an_empty_list_is_skipped() =>
        Spec.Run().Given(PlanDone("""{"tasks": []}"""))
            .When(new CompleteStep(RunId, "plan", 1, StepResults.Pass, At(3)))
            .Then(
                Completed("plan"),
                new LoopStarted(RunId, "implement", [], "plan", At(3)),
                new StepSkipped(RunId, "implement", "The loop's list is empty.", At(3)),
                Queued("review", from: "implement", at: 3));

    [Fact]
    public void A_loop_renders_the_current_item_into_the_prompt()
    {
        var spec = Spec.Run().Given(PlanDone("""{"tasks": ["a", "b"]}"""))
            .Given(Completed("plan"), new LoopStarted(RunId, "implement", ["a", "b"], "plan", At(3)), Queued("implement", attempt: 2, iteration: 2, item: "b", at: 3));
        var scope = spec.State.TemplateScope("implement");
        Assert.Equal("Do b (2)", PromptTemplate.Render("Do {{loop.item}} ({{loop.index}})", scope));
    }

    [Fact]
    public void A_loop_until_a_condition_repeats_while_it_does_not_hold() =>
        Spec.Run().Given(Started(UntilApproved, "draft")).Given(StartedStep("draft"), new StepOutputRecorded(RunId, "draft", 1, "needs work", StepUsage.None, At(2)))
            .When(new CompleteStep(RunId, "draft", 1, StepResults.Pass, At(3)))
            .Then(Completed("draft"), Queued("draft", attempt: 2, iteration: 2, at: 3));

    [Fact]
    public void A_loop_until_a_condition_moves_on_once_it_holds() =>
        Spec.Run().Given(Started(UntilApproved, "draft")).Given(StartedStep("draft"), new StepOutputRecorded(RunId, "draft", 1, "APPROVED", StepUsage.None, At(2)))
            .When(new CompleteStep(RunId, "draft", 1, StepResults.Pass, At(3)))
            .Then(Completed("draft"), Queued("publish", from: "draft", at: 3));

    [Fact]
    public void A_loop_that_reaches_its_max_without_the_condition_ends_as_failed() =>
        Spec.Run().Given(Started(UntilApproved, "draft"))
            .Given(StartedStep("draft"), Completed("draft"), Queued("draft", attempt: 2, iteration: 2, at: 3), StartedStep("draft", 2, 4))
            .When(new CompleteStep(RunId, "draft", 2, StepResults.Pass, At(5)))
            .Then(Completed("draft", attempt: 2, at: 5), new RunFailed(RunId, "Step 'draft' ended with 'fail' and has no transition for it.", At(5)));
}
