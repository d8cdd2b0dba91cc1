using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.RunStory;
using static EventAgents.Domain.Tests.Fixtures.Steps;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Runs;

public sealed class RetryTimeoutAndBudgetSpecs
{
    private static readonly StepFlow Retried = StepFlow.Default with { Retry = new RetryPolicy(2, TimeSpan.FromSeconds(5)), Timeout = TimeSpan.FromMinutes(1) };

    [Fact]
    public void A_failed_attempt_with_retries_left_is_retried_after_the_backoff() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan", Retried)))).Given(StartedStep("plan", deadline: At(62)))
            .When(new FailStep(RunId, "plan", 1, "container died", At(10)))
            .Then(new StepRetryScheduled(RunId, "plan", 1, 2, At(15), "container died", At(10)));

    [Fact]
    public void The_backoff_doubles_with_each_retry() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan", Retried))))
            .Given(StartedStep("plan"), new StepRetryScheduled(RunId, "plan", 1, 2, At(15), "boom", At(10)), StartedStep("plan", 2, 15))
            .When(new FailStep(RunId, "plan", 2, "boom again", At(20)))
            .Then(new StepRetryScheduled(RunId, "plan", 2, 3, At(30), "boom again", At(20)));

    [Fact]
    public void A_retry_starts_once_it_is_due() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan", Retried))))
            .Given(StartedStep("plan"), new StepRetryScheduled(RunId, "plan", 1, 2, At(15), "boom", At(10)))
            .When(new StartStep(RunId, "plan", 2, At(15)))
            .Then(new StepStarted(RunId, "plan", 2, At(75), At(15)));

    [Fact]
    public void A_retry_does_not_start_before_it_is_due() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan", Retried))))
            .Given(StartedStep("plan"), new StepRetryScheduled(RunId, "plan", 1, 2, At(15), "boom", At(10)))
            .When(new StartStep(RunId, "plan", 2, At(12))).ThenError("step.retry-not-due");

    [Fact]
    public void A_failure_without_retries_fails_the_step_and_routes_as_error()
    {
        var definition = Pipeline(Agent("plan", Flow((StepResults.Error, To("fallback")))), Agent("fallback"));
        Spec.Run().Given(Started(definition)).Given(StartedStep("plan"))
            .When(new FailStep(RunId, "plan", 1, "boom", At(3)))
            .Then(new StepFailed(RunId, "plan", 1, "boom", At(3)), Queued("fallback", from: "plan", at: 3));
    }

    [Fact]
    public void An_error_without_its_own_transition_follows_the_fail_transition()
    {
        var definition = Pipeline(Agent("plan", Flow((StepResults.Fail, To(Transition.End)))));
        Spec.Run().Given(Started(definition)).Given(StartedStep("plan"))
            .When(new FailStep(RunId, "plan", 1, "boom", At(3)))
            .Then(new StepFailed(RunId, "plan", 1, "boom", At(3)), new RunCompleted(RunId, At(3)));
    }

    [Fact]
    public void A_late_failure_report_for_an_older_attempt_changes_nothing() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan", Retried))))
            .Given(StartedStep("plan"), new StepRetryScheduled(RunId, "plan", 1, 2, At(15), "boom", At(10)))
            .When(new FailStep(RunId, "plan", 1, "boom", At(11))).ThenNothing();

    [Fact]
    public void A_timeout_before_the_deadline_is_refused() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan", Retried)))).Given(StartedStep("plan", deadline: At(62)))
            .When(new TimeOutStep(RunId, "plan", 1, At(30))).ThenError("step.not-timed-out");

    [Fact]
    public void A_timed_out_attempt_is_retried() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan", Retried)))).Given(StartedStep("plan", deadline: At(62)))
            .When(new TimeOutStep(RunId, "plan", 1, At(62)))
            .Then(new StepTimedOut(RunId, "plan", 1, At(62)), new StepRetryScheduled(RunId, "plan", 1, 2, At(67), "Step 'plan' timed out after 00:01:00.", At(62)));

    [Fact]
    public void A_timed_out_step_without_retries_routes_as_timeout()
    {
        var definition = Pipeline(Agent("plan", Flow((StepResults.Timeout, To("escalate"))) with { Timeout = TimeSpan.FromMinutes(1) }), Agent("escalate"));
        Spec.Run().Given(Started(definition)).Given(StartedStep("plan", deadline: At(62)))
            .When(new TimeOutStep(RunId, "plan", 1, At(70)))
            .Then(new StepTimedOut(RunId, "plan", 1, At(70)), new StepFailed(RunId, "plan", 1, "Step 'plan' timed out after 00:01:00.", At(70)), Queued("escalate", from: "plan", at: 70));
    }

    [Fact]
    public void A_timeout_for_a_completed_step_changes_nothing() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan", Retried), Agent("next")))).Given(StartedStep("plan", deadline: At(62)), Completed("plan"))
            .When(new TimeOutStep(RunId, "plan", 1, At(62))).ThenNothing();

    [Fact]
    public void Output_within_budget_is_recorded()
    {
        var definition = Pipeline(Agent("plan", StepFlow.Default with { Budget = new StepBudget(1000, null) }));
        Spec.Run().Given(Started(definition)).Given(StartedStep("plan"))
            .When(new RecordStepOutput(RunId, "plan", 1, "draft", new StepUsage(900, 0.1m), At(3)))
            .Then(new StepOutputRecorded(RunId, "plan", 1, "draft", new StepUsage(900, 0.1m), At(3)));
    }

    [Fact]
    public void Recording_the_same_output_again_changes_nothing() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan")))).Given(StartedStep("plan"), new StepOutputRecorded(RunId, "plan", 1, "draft", new StepUsage(9, 0m), At(3)))
            .When(new RecordStepOutput(RunId, "plan", 1, "draft", new StepUsage(9, 0m), At(4))).ThenNothing();

    [Fact]
    public void Spending_past_the_budget_fails_the_attempt()
    {
        var definition = Pipeline(Agent("plan", StepFlow.Default with { Budget = new StepBudget(null, 2m) }));
        Spec.Run().Given(Started(definition)).Given(StartedStep("plan"))
            .When(new RecordStepOutput(RunId, "plan", 1, "draft", new StepUsage(50_000, 2.5m), At(3)))
            .Then(
                new StepOutputRecorded(RunId, "plan", 1, "draft", new StepUsage(50_000, 2.5m), At(3)),
                new StepBudgetExceeded(RunId, "plan", 1, "cost", "cost budget exhausted: $2.50 of $2.00", At(3)),
                new StepFailed(RunId, "plan", 1, "cost budget exhausted: $2.50 of $2.00", At(3)),
                new RunFailed(RunId, "Step 'plan' ended with 'error' and has no transition for it.", At(3)));
    }
}
