using System.Text.Json;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.RunStory;
using static EventAgents.Domain.Tests.Fixtures.Steps;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Runs;

public sealed class CouncilSpecs
{
    private const string Ada = "review--ada";
    private const string Bob = "review--bob";
    private const string Cy = "review--cy";

    private static PipelineDefinition Reviewed(CouncilMode mode, StepFlow? councilFlow = null) => Pipeline(
        Agent("plan"),
        Council("review", mode, councilFlow ?? Flow((StepResults.Fail, To("plan", 2))), "ada", "bob", "cy"),
        Agent("ship", prompt: "Ship it; the council said {{steps.review.result}}: {{steps.review.output}}"));

    private static IRunEvent[] Convened(int attempt = 1, string? from = "plan", int at = 3) =>
        [new CouncilConvened(RunId, "review", attempt, [Ada, Bob, Cy], from, At(at)), Queued(Ada, attempt, at: at), Queued(Bob, attempt, at: at), Queued(Cy, attempt, at: at)];

    private static DeciderSpec<IRunCommand, IRunEvent, Run> MembersAtWork(CouncilMode mode, StepFlow? councilFlow = null, DateTimeOffset? deadline = null) =>
        Spec.Run().Given(Started(Reviewed(mode, councilFlow))).Given(StartedStep("plan"), Completed("plan"))
            .Given(Convened()).Given(StartedStep(Ada, at: 4, deadline: deadline), StartedStep(Bob, at: 4, deadline: deadline), StartedStep(Cy, at: 4, deadline: deadline));

    private static StepOutputRecorded Output(DeciderSpec<IRunCommand, IRunEvent, Run> spec) =>
        Assert.Single(spec.Decided.OfType<StepOutputRecorded>(), recorded => recorded.StepId == "review");

    private static JsonElement Member(JsonElement verdict, string agent) =>
        verdict.GetProperty("members").EnumerateArray().Single(member => member.GetProperty("agent").GetString() == agent);

    [Fact]
    public void Reaching_a_council_convenes_it_and_queues_every_member() =>
        Spec.Run().Given(Started(Reviewed(CouncilMode.Vote))).Given(StartedStep("plan"))
            .When(new CompleteStep(RunId, "plan", 1, StepResults.Pass, At(3)))
            .Then([Completed("plan"), .. Convened()]);

    [Fact]
    public void A_member_starts_as_an_agent_step_with_the_councils_timeout()
    {
        var flow = Flow((StepResults.Fail, To("plan", 2))) with { Timeout = TimeSpan.FromMinutes(1) };
        var spec = Spec.Run().Given(Started(Reviewed(CouncilMode.Vote, flow))).Given(StartedStep("plan"), Completed("plan")).Given(Convened())
            .When(new StartStep(RunId, Bob, 1, At(4)))
            .Then(new StepStarted(RunId, Bob, 1, At(64), At(4)));
        var member = Assert.IsType<AgentStep>(spec.State.Definition.FindStep(Bob));
        Assert.Equal(("bob", "Review {{inputs.goal}}"), (member.Agent, member.Prompt));
    }

    [Fact]
    public void The_council_waits_until_every_member_has_answered() =>
        MembersAtWork(CouncilMode.Vote).Given(Completed(Ada, at: 5))
            .When(new CompleteStep(RunId, Bob, 1, StepResults.Pass, At(6)))
            .Then(Completed(Bob, at: 6));

    [Fact]
    public void A_strict_majority_decides_the_vote_and_the_council_routes_on_it()
    {
        var spec = MembersAtWork(CouncilMode.Vote)
            .Given(new StepOutputRecorded(RunId, Ada, 1, "LGTM", StepUsage.None, At(5)), Completed(Ada, at: 5), Completed(Bob, StepResults.Fail, at: 5))
            .When(new CompleteStep(RunId, Cy, 1, StepResults.Pass, At(6)));
        spec.Then(Completed(Cy, at: 6), Output(spec), Completed("review", at: 6), Queued("ship", from: "review", at: 6));

        var verdict = JsonDocument.Parse(Output(spec).Output).RootElement;
        Assert.Equal(("vote", "pass"), (verdict.GetProperty("mode").GetString(), verdict.GetProperty("result").GetString()));
        Assert.Equal((2, 1), (verdict.GetProperty("tally").GetProperty("pass").GetInt32(), verdict.GetProperty("tally").GetProperty("fail").GetInt32()));
        Assert.Equal(("pass", "LGTM"), (Member(verdict, "ada").GetProperty("result").GetString(), Member(verdict, "ada").GetProperty("output").GetString()));
        Assert.Equal(("fail", Bob), (Member(verdict, "bob").GetProperty("result").GetString(), Member(verdict, "bob").GetProperty("step").GetString()));
    }

    [Fact]
    public void A_custom_result_can_win_the_vote()
    {
        var spec = MembersAtWork(CouncilMode.Vote, Flow(("changes", To("plan", 2)))).Given(Completed(Ada, "changes", at: 5), Completed(Bob, at: 5))
            .When(new CompleteStep(RunId, Cy, 1, "changes", At(6)));
        spec.Then(Completed(Cy, "changes", at: 6), Output(spec), Completed("review", "changes", at: 6), Queued("plan", 2, "review", 6));
    }

    [Fact]
    public void A_split_vote_without_a_majority_fails_the_council_and_says_why()
    {
        var spec = MembersAtWork(CouncilMode.Vote).Given(Completed(Ada, at: 5), Completed(Bob, StepResults.Fail, at: 5))
            .When(new CompleteStep(RunId, Cy, 1, "changes", At(6)));
        spec.Then(Completed(Cy, "changes", at: 6), Output(spec), Completed("review", StepResults.Fail, at: 6), Queued("plan", 2, "review", 6));

        var verdict = JsonDocument.Parse(Output(spec).Output).RootElement;
        Assert.Equal("fail", verdict.GetProperty("result").GetString());
        Assert.Equal([("changes", 1), ("fail", 1), ("pass", 1)], verdict.GetProperty("tally").EnumerateObject().Select(vote => (vote.Name, vote.Value.GetInt32())));
        Assert.Contains("No result has a majority", verdict.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_merge_passes_when_every_member_passed()
    {
        var spec = MembersAtWork(CouncilMode.Merge)
            .Given(new StepOutputRecorded(RunId, Ada, 1, """{"findings": ["tests look fine"]}""", StepUsage.None, At(5)), Completed(Ada, at: 5), Completed(Bob, at: 5))
            .When(new CompleteStep(RunId, Cy, 1, StepResults.Pass, At(6)));
        spec.Then(Completed(Cy, at: 6), Output(spec), Completed("review", at: 6), Queued("ship", from: "review", at: 6));

        var verdict = JsonDocument.Parse(Output(spec).Output).RootElement;
        Assert.Equal("merge", verdict.GetProperty("mode").GetString());
        Assert.False(verdict.TryGetProperty("tally", out _));
        Assert.Equal(["ada", "bob", "cy"], verdict.GetProperty("members").EnumerateArray().Select(member => member.GetProperty("agent").GetString()));
        Assert.Equal("tests look fine", Member(verdict, "ada").GetProperty("output").GetProperty("findings")[0].GetString());
        Assert.StartsWith("""[{"agent":"ada","step":"review--ada","result":"pass","output":{"findings":["tests look fine"]}}""",
            PromptTemplate.Render("{{steps.review.output.members}}", spec.State.TemplateScope("ship")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_merge_fails_when_one_member_did_not_pass()
    {
        var spec = MembersAtWork(CouncilMode.Merge).Given(Completed(Ada, at: 5), Completed(Bob, at: 5))
            .When(new CompleteStep(RunId, Cy, 1, StepResults.Fail, At(6)));
        spec.Then(Completed(Cy, StepResults.Fail, at: 6), Output(spec), Completed("review", StepResults.Fail, at: 6), Queued("plan", 2, "review", 6));
        Assert.Contains("1 of the 3 members did not pass", Output(spec).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_that_breaks_counts_as_a_fail_vote()
    {
        var spec = MembersAtWork(CouncilMode.Vote).Given(Completed(Ada, at: 5), Completed(Bob, at: 5))
            .When(new FailStep(RunId, Cy, 1, "out of memory", At(6)));
        spec.Then(new StepFailed(RunId, Cy, 1, "out of memory", At(6)), Output(spec), Completed("review", at: 6), Queued("ship", from: "review", at: 6));

        var cy = Member(JsonDocument.Parse(Output(spec).Output).RootElement, "cy");
        Assert.Equal(("fail", "out of memory"), (cy.GetProperty("result").GetString(), cy.GetProperty("failure").GetString()));
    }

    [Fact]
    public void A_member_that_times_out_counts_as_a_fail_vote_and_can_sink_the_majority()
    {
        var flow = Flow((StepResults.Fail, To("plan", 2))) with { Timeout = TimeSpan.FromMinutes(1) };
        var spec = MembersAtWork(CouncilMode.Vote, flow, deadline: At(64)).Given(Completed(Ada, at: 5), Completed(Bob, StepResults.Fail, at: 5))
            .When(new TimeOutStep(RunId, Cy, 1, At(70)));
        spec.Then(
            new StepTimedOut(RunId, Cy, 1, At(70)), new StepFailed(RunId, Cy, 1, $"Step '{Cy}' timed out after 00:01:00.", At(70)),
            Output(spec), Completed("review", StepResults.Fail, at: 70), Queued("plan", 2, "review", 70));
        Assert.Equal(1, JsonDocument.Parse(Output(spec).Output).RootElement.GetProperty("tally").GetProperty("pass").GetInt32());
    }

    [Fact]
    public void A_broken_member_is_retried_with_the_councils_retry_policy_before_it_counts() =>
        MembersAtWork(CouncilMode.Vote, Flow((StepResults.Fail, To("plan", 2))) with { Retry = new RetryPolicy(1, TimeSpan.FromSeconds(5)) })
            .Given(Completed(Ada, at: 5), Completed(Bob, at: 5))
            .When(new FailStep(RunId, Cy, 1, "container died", At(6)))
            .Then(new StepRetryScheduled(RunId, Cy, 1, 2, At(11), "container died", At(6)));

    [Fact]
    public void Convening_the_council_again_runs_every_member_again_and_ignores_the_old_attempts()
    {
        var again = Flow((StepResults.Fail, To("review", 1)));
        var spec = MembersAtWork(CouncilMode.Vote, again).Given(Completed(Ada, at: 5), Completed(Bob, StepResults.Fail, at: 5))
            .When(new CompleteStep(RunId, Cy, 1, "changes", At(6)));
        spec.Then([Completed(Cy, "changes", at: 6), Output(spec), Completed("review", StepResults.Fail, at: 6), .. Convened(attempt: 2, from: "review", at: 6)]);
        Assert.Equal([2, 2, 2], new[] { Ada, Bob, Cy }.Select(member => spec.State.Step(member).Attempt));

        spec.AndGiven().When(new CompleteStep(RunId, Ada, 1, StepResults.Pass, At(7))).ThenNothing();
    }

    [Fact]
    public void A_member_convened_again_is_judged_by_its_new_work_not_the_output_of_the_last_time()
    {
        var again = Flow((StepResults.Fail, To("review", 1)));
        var spec = MembersAtWork(CouncilMode.Vote, again)
            .Given(new StepOutputRecorded(RunId, Ada, 1, "LGTM", StepUsage.None, At(5)), Completed(Ada, at: 5), Completed(Bob, StepResults.Fail, at: 5))
            .When(new CompleteStep(RunId, Cy, 1, "changes", At(6)));
        spec.AndGiven().Given(StartedStep(Ada, 2, 7), StartedStep(Bob, 2, 7), StartedStep(Cy, 2, 7), Completed(Bob, attempt: 2, at: 8), Completed(Cy, attempt: 2, at: 8))
            .When(new FailStep(RunId, Ada, 2, "out of memory", At(9)));

        var ada = Member(JsonDocument.Parse(Output(spec).Output).RootElement, "ada");
        Assert.Equal(("fail", "out of memory"), (ada.GetProperty("result").GetString(), ada.GetProperty("failure").GetString()));
        Assert.False(ada.TryGetProperty("output", out var stale), $"Ada's output of the first convening was counted again: {stale}");
    }

    [Fact]
    public void The_next_step_reads_the_councils_result_and_output()
    {
        var spec = MembersAtWork(CouncilMode.Vote).Given(Completed(Ada, at: 5), Completed(Bob, at: 5))
            .When(new CompleteStep(RunId, Cy, 1, StepResults.Pass, At(6)));
        var ship = (AgentStep)spec.State.Definition.FindStep("ship")!;
        var prompt = PromptTemplate.Render(ship.Prompt, spec.State.TemplateScope("ship"));
        Assert.StartsWith("Ship it; the council said pass: {", prompt, StringComparison.Ordinal);
        Assert.Equal(Output(spec).Output, prompt["Ship it; the council said pass: ".Length..]);
        Assert.Equal("pass", PromptTemplate.Render("{{steps.review.output.result}}", spec.State.TemplateScope("ship")));
    }

    [Fact]
    public void A_council_is_not_completed_by_a_report_of_its_own() =>
        MembersAtWork(CouncilMode.Vote).When(new CompleteStep(RunId, "review", 1, StepResults.Pass, At(5))).ThenError("step.not-completable");

    [Fact]
    public void Members_do_not_start_while_the_run_is_paused() =>
        Spec.Run().Given(Started(Reviewed(CouncilMode.Vote))).Given(StartedStep("plan"), Completed("plan")).Given(Convened())
            .Given(new RunPaused(RunId, "ada", null, At(4)))
            .When(new StartStep(RunId, Ada, 1, At(5))).ThenError("run.paused");

    [Fact]
    public void A_council_skipped_by_a_join_of_any_skips_its_members_at_work()
    {
        var definition = Pipeline(Parallel("checks", JoinMode.Any, Command("unit"), Council("review", CouncilMode.Vote, null, "ada", "bob")));
        var spec = Spec.Run().Given(Requested(definition), new RunStarted(RunId, At(1)));
        spec.Given([.. RunRouter.Begin(spec.State, At(1))]).Given(StartedStep("unit"), StartedStep(Ada), Completed(Ada, at: 2))
            .When(new CompleteStep(RunId, "unit", 1, StepResults.Pass, At(3)))
            .Then(
                Completed("unit"),
                new StepSkipped(RunId, "review", "Another branch already satisfied the join.", At(3)),
                new StepSkipped(RunId, Bob, "Council 'review' was skipped.", At(3)),
                Completed("checks"),
                new RunCompleted(RunId, At(3)));
    }
}
