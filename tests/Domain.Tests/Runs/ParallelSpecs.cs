using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.RunStory;
using static EventAgents.Domain.Tests.Fixtures.Steps;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Runs;

public sealed class ParallelSpecs
{
    private static PipelineDefinition Checks(JoinMode join) => Pipeline(
        Agent("implement"),
        Parallel("checks", join, Command("unit"), Command("lint")) with { Flow = Flow((StepResults.Fail, To("implement", 2))) },
        Agent("review"));

    private static IRunEvent[] BranchesRunning(JoinMode join) =>
    [
        .. Started(Checks(join), "implement"), StartedStep("implement"), Completed("implement"),
        new ParallelStarted(RunId, "checks", 1, ["unit", "lint"], "implement", At(3)), Queued("unit", at: 3), Queued("lint", at: 3),
        StartedStep("unit", at: 4), StartedStep("lint", at: 4),
    ];

    [Fact]
    public void Reaching_a_parallel_step_queues_every_branch() =>
        Spec.Run().Given(Started(Checks(JoinMode.All), "implement")).Given(StartedStep("implement"))
            .When(new CompleteStep(RunId, "implement", 1, StepResults.Pass, At(3)))
            .Then(Completed("implement"), new ParallelStarted(RunId, "checks", 1, ["unit", "lint"], "implement", At(3)), Queued("unit", at: 3), Queued("lint", at: 3));

    [Fact]
    public void A_join_of_all_waits_for_every_branch() =>
        Spec.Run().Given(BranchesRunning(JoinMode.All))
            .When(new CompleteStep(RunId, "unit", 1, StepResults.Pass, At(5)))
            .Then(Completed("unit", at: 5));

    [Fact]
    public void A_join_of_all_passes_when_every_branch_passed() =>
        Spec.Run().Given(BranchesRunning(JoinMode.All)).Given(Completed("unit", at: 5))
            .When(new CompleteStep(RunId, "lint", 1, StepResults.Pass, At(6)))
            .Then(Completed("lint", at: 6), Completed("checks", at: 6), Queued("review", from: "checks", at: 6));

    [Fact]
    public void A_join_of_all_fails_when_a_branch_failed() =>
        Spec.Run().Given(BranchesRunning(JoinMode.All)).Given(Completed("unit", StepResults.Fail, at: 5))
            .When(new CompleteStep(RunId, "lint", 1, StepResults.Pass, At(6)))
            .Then(Completed("lint", at: 6), Completed("checks", StepResults.Fail, at: 6), Queued("implement", 2, "checks", 6));

    [Fact]
    public void A_join_of_any_passes_with_the_first_passing_branch_and_skips_the_rest() =>
        Spec.Run().Given(BranchesRunning(JoinMode.Any))
            .When(new CompleteStep(RunId, "lint", 1, StepResults.Pass, At(5)))
            .Then(
                Completed("lint", at: 5),
                new StepSkipped(RunId, "unit", "Another branch already satisfied the join.", At(5)),
                Completed("checks", at: 5),
                Queued("review", from: "checks", at: 5));

    [Fact]
    public void A_skipped_branch_reporting_late_changes_nothing() =>
        Spec.Run().Given(BranchesRunning(JoinMode.Any))
            .Given(Completed("lint", at: 5), new StepSkipped(RunId, "unit", "x", At(5)), Completed("checks", at: 5), Queued("review", from: "checks", at: 5))
            .When(new CompleteStep(RunId, "unit", 1, StepResults.Pass, At(6))).ThenNothing();

    [Fact]
    public void A_branch_that_breaks_counts_as_a_failed_branch() =>
        Spec.Run().Given(BranchesRunning(JoinMode.All)).Given(Completed("unit", at: 5))
            .When(new FailStep(RunId, "lint", 1, "oom", At(6)))
            .Then(new StepFailed(RunId, "lint", 1, "oom", At(6)), Completed("checks", StepResults.Fail, at: 6), Queued("implement", 2, "checks", 6));
}
