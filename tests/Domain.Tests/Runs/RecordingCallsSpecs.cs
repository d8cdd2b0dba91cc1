using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.RunStory;
using static EventAgents.Domain.Tests.Fixtures.Steps;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Runs;

public sealed class RecordingCallsSpecs
{
    private static readonly StepFlow Retried = StepFlow.Default with { Retry = new RetryPolicy(2, TimeSpan.FromSeconds(5)) };

    private static ModelCallRecord ModelCall(int sequence, long input = 1000, long output = 200, decimal? cost = 0.01m) =>
        new(sequence, "local/qwen3:8b", """[{"role":"user","text":"go"}]""", """[{"role":"assistant","text":"ok"}]""", input, 100, output, cost, 850);

    private static StepModelCalled ModelCalled(int sequence, StepUsage usage, int at = 3, int attempt = 1, long input = 1000, long output = 200, decimal? cost = 0.01m) =>
        new(RunId, "plan", attempt, sequence, "local/qwen3:8b", """[{"role":"user","text":"go"}]""", """[{"role":"assistant","text":"ok"}]""",
            input, 100, output, cost, 850, usage, At(at));

    private static ToolCallRecord ToolCall(int sequence) => new(sequence, "read_file", """{"path":"a.txt"}""", "hello", false, 12);

    [Fact]
    public void A_model_call_of_the_running_attempt_is_recorded_with_the_attempts_usage() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan")))).Given(StartedStep("plan"))
            .When(new RecordModelCall(RunId, "plan", 1, ModelCall(1), At(3)))
            .Then(ModelCalled(1, new StepUsage(1200, 0.01m)));

    [Fact]
    public void Model_calls_add_up_their_tokens_and_cost()
    {
        var spec = Spec.Run().Given(Started(Pipeline(Agent("plan")))).Given(StartedStep("plan"), ModelCalled(1, new StepUsage(1200, 0.01m)))
            .When(new RecordModelCall(RunId, "plan", 1, ModelCall(2, input: 3000, output: 500, cost: 0.02m), At(4)))
            .Then(ModelCalled(2, new StepUsage(4700, 0.03m), at: 4, input: 3000, output: 500, cost: 0.02m));

        Assert.Equal(new StepUsage(4700, 0.03m), spec.State.Step("plan").Usage);
    }

    [Fact]
    public void An_unpriced_model_call_adds_tokens_and_no_cost() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan")))).Given(StartedStep("plan"), ModelCalled(1, new StepUsage(1200, 0.01m)))
            .When(new RecordModelCall(RunId, "plan", 1, ModelCall(2, cost: null), At(4)))
            .Then(ModelCalled(2, new StepUsage(2400, 0.01m), at: 4, cost: null));

    [Fact]
    public void A_redelivered_model_call_changes_nothing() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan")))).Given(StartedStep("plan"), ModelCalled(1, new StepUsage(1200, 0.01m)))
            .When(new RecordModelCall(RunId, "plan", 1, ModelCall(1), At(5))).ThenNothing();

    [Fact]
    public void A_late_model_call_of_an_older_attempt_changes_nothing() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan", Retried))))
            .Given(StartedStep("plan"), new StepRetryScheduled(RunId, "plan", 1, 2, At(15), "boom", At(10)), StartedStep("plan", 2, 15))
            .When(new RecordModelCall(RunId, "plan", 1, ModelCall(1), At(16))).ThenNothing();

    [Fact]
    public void A_model_call_of_a_future_attempt_is_refused() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan")))).Given(StartedStep("plan"))
            .When(new RecordModelCall(RunId, "plan", 2, ModelCall(1), At(3))).ThenError("step.unknown-attempt");

    [Fact]
    public void The_last_model_call_of_an_attempt_handled_after_its_completion_is_still_recorded() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan"), Agent("next")))).Given(StartedStep("plan"), Completed("plan"))
            .When(new RecordModelCall(RunId, "plan", 1, ModelCall(1), At(4)))
            .Then(ModelCalled(1, new StepUsage(1200, 0.01m), at: 4));

    [Fact]
    public void The_last_tool_call_of_a_run_handled_after_the_run_completed_is_still_recorded() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan")))).Given(StartedStep("plan"), Completed("plan"), new RunCompleted(RunId, At(3)))
            .When(new RecordToolCall(RunId, "plan", 1, ToolCall(2), At(4)))
            .Then(new StepToolCalled(RunId, "plan", 1, 2, "read_file", """{"path":"a.txt"}""", "hello", false, 12, At(4)));

    [Fact]
    public void A_model_call_of_a_step_queued_but_not_started_changes_nothing() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan"))))
            .When(new RecordModelCall(RunId, "plan", 1, ModelCall(1), At(2))).ThenNothing();

    [Fact]
    public void A_retry_starts_with_no_usage_and_its_own_call_numbers()
    {
        var spec = Spec.Run().Given(Started(Pipeline(Agent("plan", Retried))))
            .Given(StartedStep("plan"), ModelCalled(1, new StepUsage(1200, 0.01m)), new StepRetryScheduled(RunId, "plan", 1, 2, At(15), "boom", At(10)), StartedStep("plan", 2, 15))
            .When(new RecordModelCall(RunId, "plan", 2, ModelCall(1), At(16)))
            .Then(ModelCalled(1, new StepUsage(1200, 0.01m), at: 16, attempt: 2));

        Assert.Equal(new StepUsage(1200, 0.01m), spec.State.Step("plan").Usage);
    }

    [Fact]
    public void Output_after_model_calls_keeps_the_usage_it_is_given()
    {
        var spec = Spec.Run().Given(Started(Pipeline(Agent("plan")))).Given(StartedStep("plan"), ModelCalled(1, new StepUsage(1200, 0.01m)))
            .When(new RecordStepOutput(RunId, "plan", 1, "draft", new StepUsage(1200, 0.01m), At(4)))
            .Then(new StepOutputRecorded(RunId, "plan", 1, "draft", new StepUsage(1200, 0.01m), At(4)));

        Assert.Equal(new StepUsage(1200, 0.01m), spec.State.Step("plan").Usage);
    }

    [Fact]
    public void A_tool_call_of_the_running_attempt_is_recorded() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan")))).Given(StartedStep("plan"))
            .When(new RecordToolCall(RunId, "plan", 1, ToolCall(1), At(3)))
            .Then(new StepToolCalled(RunId, "plan", 1, 1, "read_file", """{"path":"a.txt"}""", "hello", false, 12, At(3)));

    [Fact]
    public void A_redelivered_tool_call_changes_nothing() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan"))))
            .Given(StartedStep("plan"), new StepToolCalled(RunId, "plan", 1, 1, "read_file", "{}", "hello", false, 12, At(3)))
            .When(new RecordToolCall(RunId, "plan", 1, ToolCall(1), At(4))).ThenNothing();

    [Fact]
    public void A_late_tool_call_of_an_older_attempt_changes_nothing() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan", Retried))))
            .Given(StartedStep("plan"), new StepRetryScheduled(RunId, "plan", 1, 2, At(15), "boom", At(10)))
            .When(new RecordToolCall(RunId, "plan", 1, ToolCall(3), At(16))).ThenNothing();

    [Fact]
    public void A_budget_warning_is_recorded_once_per_limit()
    {
        var warned = new StepBudgetWarned(RunId, "plan", 1, "tokens", "token budget at 82%: 8,200 of 10,000 tokens", At(3));
        Spec.Run().Given(Started(Pipeline(Agent("plan")))).Given(StartedStep("plan"))
            .When(new WarnBudget(RunId, "plan", 1, "tokens", "token budget at 82%: 8,200 of 10,000 tokens", At(3)))
            .Then(warned)
            .AndGiven()
            .When(new WarnBudget(RunId, "plan", 1, "tokens", "token budget at 90%: 9,000 of 10,000 tokens", At(4))).ThenNothing();
    }

    [Fact]
    public void A_budget_warning_for_another_limit_is_recorded_too() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan"))))
            .Given(StartedStep("plan"), new StepBudgetWarned(RunId, "plan", 1, "tokens", "t", At(3)))
            .When(new WarnBudget(RunId, "plan", 1, "cost", "cost budget at 80%: $0.80 of $1.00", At(4)))
            .Then(new StepBudgetWarned(RunId, "plan", 1, "cost", "cost budget at 80%: $0.80 of $1.00", At(4)));

    [Fact]
    public void A_budget_warning_without_a_limit_is_refused() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan")))).Given(StartedStep("plan"))
            .When(new WarnBudget(RunId, "plan", 1, " ", "?", At(3))).ThenError("budget.limit-missing");

    [Fact]
    public void A_model_call_past_the_token_budget_stops_the_attempt_with_the_reason()
    {
        var definition = Pipeline(Agent("plan", StepFlow.Default with { Budget = new StepBudget(2000, null) }));
        Spec.Run().Given(Started(definition)).Given(StartedStep("plan"), ModelCalled(1, new StepUsage(1200, 0.01m)))
            .When(new RecordModelCall(RunId, "plan", 1, ModelCall(2), At(4)))
            .Then(
                ModelCalled(2, new StepUsage(2400, 0.02m), at: 4),
                new StepBudgetExceeded(RunId, "plan", 1, "tokens", "token budget exhausted: 2,400 of 2,000 tokens", At(4)),
                new StepFailed(RunId, "plan", 1, "token budget exhausted: 2,400 of 2,000 tokens", At(4)),
                new RunFailed(RunId, "Step 'plan' ended with 'error' and has no transition for it.", At(4)));
    }

    [Fact]
    public void A_model_call_past_the_budget_of_a_settled_step_is_only_recorded()
    {
        var definition = Pipeline(Agent("plan", StepFlow.Default with { Budget = new StepBudget(null, 0.01m) }), Agent("next"));
        Spec.Run().Given(Started(definition)).Given(StartedStep("plan"), Completed("plan"))
            .When(new RecordModelCall(RunId, "plan", 1, ModelCall(1, cost: 0.05m), At(4)))
            .Then(ModelCalled(1, new StepUsage(1200, 0.05m), at: 4, cost: 0.05m));
    }
}
