using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.RunStory;
using static EventAgents.Domain.Tests.Fixtures.Steps;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Runs;

public sealed class AskingHumanSpecs
{
    private static readonly StepFlow TenMinutes = StepFlow.Default with { Timeout = TimeSpan.FromMinutes(10) };
    private static readonly StepFlow Retried = TenMinutes with { Retry = new RetryPolicy(1, TimeSpan.FromSeconds(5)) };

    private static IRunEvent[] Running(StepFlow? flow = null) =>
        [.. Started(Pipeline(Agent("plan", flow ?? TenMinutes), Command("test"))), StartedStep("plan", deadline: At(2).AddMinutes(10))];

    private static StepQuestionAsked Asked(string id = "q1", int at = 3) => new(RunId, "plan", 1, id, "Which database?", At(at));

    [Fact]
    public void The_agent_of_a_running_attempt_asks_a_question()
    {
        var spec = Spec.Run().Given(Running())
            .When(new AskHuman(RunId, "plan", 1, "q1", "Which database?", At(3)))
            .Then(Asked());

        Assert.Equal(new StepQuestion("q1", "Which database?", At(3)), spec.State.Step("plan").Question);
        Assert.Equal(StepStatus.Running, spec.State.Step("plan").Status);
    }

    [Fact]
    public void Asking_the_same_question_again_is_a_redelivery() =>
        Spec.Run().Given(Running()).Given(Asked())
            .When(new AskHuman(RunId, "plan", 1, "q1", "Which database?", At(4))).ThenNothing();

    [Fact]
    public void A_second_question_while_one_waits_is_refused() =>
        Spec.Run().Given(Running()).Given(Asked())
            .When(new AskHuman(RunId, "plan", 1, "q2", "And the port?", At(4))).ThenError("question.pending");

    [Fact]
    public void A_blank_question_is_refused() =>
        Spec.Run().Given(Running()).When(new AskHuman(RunId, "plan", 1, "q1", "  ", At(3))).ThenError("question.text-required");

    [Fact]
    public void An_overlong_question_is_refused() =>
        Spec.Run().Given(Running()).When(new AskHuman(RunId, "plan", 1, "q1", new string('?', AskingHuman.MaxQuestionLength + 1), At(3)))
            .ThenError("question.too-long");

    [Fact]
    public void A_command_step_cannot_ask() =>
        Spec.Run().Given(Started(Pipeline(Command("test")), "test")).Given(StartedStep("test"))
            .When(new AskHuman(RunId, "test", 1, "q1", "Which database?", At(3))).ThenError("step.not-an-agent");

    [Fact]
    public void A_step_that_is_not_running_cannot_ask() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan"))))
            .When(new AskHuman(RunId, "plan", 1, "q1", "Which database?", At(3))).ThenError("step.wrong-status");

    [Fact]
    public void A_question_of_an_older_attempt_changes_nothing() =>
        Spec.Run().Given(Running(Retried)).Given(new StepRetryScheduled(RunId, "plan", 1, 2, At(15), "boom", At(10)), StartedStep("plan", 2, 15))
            .When(new AskHuman(RunId, "plan", 1, "q1", "Which database?", At(16))).ThenNothing();

    [Fact]
    public void Answering_moves_the_deadline_on_by_the_wait()
    {
        var spec = Spec.Run().Given(Running()).Given(Asked(at: 3))
            .When(new AnswerQuestion(RunId, "plan", "q1", "PostgreSQL", "ada", At(63)))
            .Then(new StepQuestionAnswered(RunId, "plan", 1, "q1", "PostgreSQL", "ada", At(2).AddMinutes(11), At(63)));

        var step = spec.State.Step("plan");
        Assert.Null(step.Question);
        Assert.Equal(new StepAnswer("PostgreSQL", "ada", At(63)), step.Answers["q1"]);
        Assert.Equal(At(2).AddMinutes(11), step.DueAt);
    }

    [Fact]
    public void An_attempt_without_a_deadline_keeps_none() =>
        Spec.Run().Given(Started(Pipeline(Agent("plan")))).Given(StartedStep("plan"), Asked())
            .When(new AnswerQuestion(RunId, "plan", "q1", "PostgreSQL", "ada", At(9)))
            .Then(new StepQuestionAnswered(RunId, "plan", 1, "q1", "PostgreSQL", "ada", null, At(9)));

    [Fact]
    public void The_same_answer_again_changes_nothing() =>
        Spec.Run().Given(Running()).Given(Asked(), new StepQuestionAnswered(RunId, "plan", 1, "q1", "PostgreSQL", "ada", At(2).AddMinutes(11), At(63)))
            .When(new AnswerQuestion(RunId, "plan", "q1", "PostgreSQL", "ada", At(64))).ThenNothing();

    [Fact]
    public void A_different_answer_to_an_answered_question_is_refused() =>
        Spec.Run().Given(Running()).Given(Asked(), new StepQuestionAnswered(RunId, "plan", 1, "q1", "PostgreSQL", "ada", At(2).AddMinutes(11), At(63)))
            .When(new AnswerQuestion(RunId, "plan", "q1", "SQLite", "grace", At(64))).ThenError("question.already-answered");

    [Fact]
    public void Answering_a_question_nobody_asked_is_refused() =>
        Spec.Run().Given(Running()).When(new AnswerQuestion(RunId, "plan", "q9", "yes", "ada", At(5))).ThenError("question.not-pending");

    [Fact]
    public void A_blank_answer_is_refused() =>
        Spec.Run().Given(Running()).Given(Asked()).When(new AnswerQuestion(RunId, "plan", "q1", " ", "ada", At(5))).ThenError("question.answer-required");

    [Fact]
    public void Answering_in_a_run_that_does_not_exist_is_refused() =>
        Spec.Run().When(new AnswerQuestion(RunId, "plan", "q1", "yes", "ada", At(5))).ThenError("run.not-found");

    [Fact]
    public void Answering_after_the_run_was_cancelled_is_refused() =>
        Spec.Run().Given(Running()).Given(Asked(), new RunCancelled(RunId, "ada", null, At(4)))
            .When(new AnswerQuestion(RunId, "plan", "q1", "yes", "ada", At(5))).ThenError("run.finished");

    [Fact]
    public void The_deadline_does_not_pass_while_the_question_waits() =>
        Spec.Run().Given(Running()).Given(Asked())
            .When(new TimeOutStep(RunId, "plan", 1, At(2).AddMinutes(10))).ThenNothing();

    [Fact]
    public void The_moved_deadline_times_the_attempt_out() =>
        Spec.Run().Given(Running()).Given(Asked(at: 3), new StepQuestionAnswered(RunId, "plan", 1, "q1", "PostgreSQL", "ada", At(2).AddMinutes(11), At(63)))
            .When(new TimeOutStep(RunId, "plan", 1, At(2).AddMinutes(11)))
            .Then(
                new StepTimedOut(RunId, "plan", 1, At(2).AddMinutes(11)),
                new StepFailed(RunId, "plan", 1, "Step 'plan' timed out after 00:10:00.", At(2).AddMinutes(11)),
                new RunFailed(RunId, "Step 'plan' ended with 'timeout' and has no transition for it.", At(2).AddMinutes(11)));

    [Fact]
    public void A_question_of_a_branch_skipped_by_the_join_can_no_longer_be_answered()
    {
        var pipeline = Pipeline(Parallel("drafts", JoinMode.Any, Agent("plan", TenMinutes), Agent("sketch", TenMinutes)));
        var spec = Spec.Run()
            .Given(Requested(pipeline), new RunStarted(RunId, At(1)), new ParallelStarted(RunId, "drafts", 1, ["plan", "sketch"], null, At(1)), Queued("plan"), Queued("sketch"))
            .Given(StartedStep("plan"), StartedStep("sketch"), Asked())
            .Given(new StepSkipped(RunId, "plan", "Another branch already satisfied the join.", At(5)));

        Assert.Null(spec.State.Step("plan").Question);
        spec.When(new AnswerQuestion(RunId, "plan", "q1", "PostgreSQL", "ada", At(6))).ThenError("question.not-pending");
    }

    [Fact]
    public void A_retry_forgets_the_questions_of_the_failed_attempt()
    {
        var spec = Spec.Run().Given(Running(Retried))
            .Given(Asked(), new StepRetryScheduled(RunId, "plan", 1, 2, At(15), "boom", At(10)));

        Assert.Null(spec.State.Step("plan").Question);
        spec.When(new AnswerQuestion(RunId, "plan", "q1", "PostgreSQL", "ada", At(11))).ThenError("question.not-pending");
    }
}
