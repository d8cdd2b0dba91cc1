using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.RunStory;
using static EventAgents.Domain.Tests.Fixtures.Steps;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Runs;

public sealed class GateSpecs
{
    private static readonly PipelineDefinition WithGate = Pipeline(
        Gate("approve", StepFlow.Default with { Timeout = TimeSpan.FromHours(1) } with { OnResult = new Dictionary<string, Transition> { ["fail"] = To("rework") } }, "ada", "grace"),
        Agent("ship", StepFlow.Default with { Next = Transition.End }),
        Agent("rework"));

    private static IRunEvent[] Awaiting() =>
    [
        .. Started(WithGate, "approve"), StartedStep("approve", deadline: At(2).AddHours(1)),
        new GateApprovalRequested(RunId, "approve", 1, "Ship add login?", ["ada", "grace"], At(2).AddHours(1), At(2)),
    ];

    [Fact]
    public void Starting_a_gate_asks_its_approvers_with_the_rendered_prompt() =>
        Spec.Run().Given(Started(WithGate, "approve"))
            .When(new StartStep(RunId, "approve", 1, At(2)))
            .Then(StartedStep("approve", deadline: At(2).AddHours(1)), new GateApprovalRequested(RunId, "approve", 1, "Ship add login?", ["ada", "grace"], At(2).AddHours(1), At(2)));

    [Fact]
    public void Approving_passes_the_gate() =>
        Spec.Run().Given(Awaiting())
            .When(new ApproveGate(RunId, "approve", "ada", "lgtm", At(5)))
            .Then(new GateApproved(RunId, "approve", 1, "ada", "lgtm", At(5)), Completed("approve", at: 5), Queued("ship", from: "approve", at: 5));

    [Fact]
    public void Approving_twice_changes_nothing() =>
        Spec.Run().Given(Awaiting()).Given(new GateApproved(RunId, "approve", 1, "ada", null, At(5)), Completed("approve", at: 5))
            .When(new ApproveGate(RunId, "approve", "grace", null, At(6))).ThenNothing();

    [Fact]
    public void Only_a_listed_approver_decides() =>
        Spec.Run().Given(Awaiting()).When(new ApproveGate(RunId, "approve", "mallory", null, At(5))).ThenError("gate.not-an-approver");

    [Fact]
    public void Rejecting_routes_the_gate_as_failed() =>
        Spec.Run().Given(Awaiting())
            .When(new RejectGate(RunId, "approve", "grace", "not yet", At(5)))
            .Then(new GateRejected(RunId, "approve", 1, "grace", "not yet", At(5)), Completed("approve", StepResults.Fail, at: 5), Queued("rework", from: "approve", at: 5));

    [Fact]
    public void Approving_a_rejected_gate_is_refused() =>
        Spec.Run().Given(Awaiting()).Given(new GateRejected(RunId, "approve", 1, "grace", "no", At(5)), Completed("approve", StepResults.Fail, at: 5))
            .When(new ApproveGate(RunId, "approve", "ada", null, At(6))).ThenError("gate.not-awaiting-approval");

    [Fact]
    public void Approving_a_step_that_is_not_a_gate_is_refused() =>
        Spec.Run().Given(Awaiting()).When(new ApproveGate(RunId, "ship", "ada", null, At(6))).ThenError("step.not-a-gate");

    [Fact]
    public void A_gate_cannot_be_completed_by_a_report() =>
        Spec.Run().Given(Awaiting()).When(new CompleteStep(RunId, "approve", 1, StepResults.Pass, At(6))).ThenError("step.not-completable");

    [Fact]
    public void An_unanswered_gate_times_out_without_retry() =>
        Spec.Run().Given(Awaiting())
            .When(new TimeOutStep(RunId, "approve", 1, At(2).AddHours(1)))
            .Then(
                new StepTimedOut(RunId, "approve", 1, At(2).AddHours(1)),
                new StepFailed(RunId, "approve", 1, "Step 'approve' timed out after 01:00:00.", At(2).AddHours(1)),
                Queued("rework", from: "approve", at: 3602));
}
