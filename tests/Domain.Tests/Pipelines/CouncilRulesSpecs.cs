using EventAgents.Domain.Pipelines;
using static EventAgents.Domain.Tests.Fixtures.Steps;

namespace EventAgents.Domain.Tests.Pipelines;

public sealed class CouncilRulesSpecs
{
    private static List<(string Code, string Path)> Problems(PipelineDefinition definition) =>
        [.. PipelineDefinitionRules.Validate(definition).Select(problem => (problem.Code, problem.Path))];

    [Fact]
    public void A_council_of_distinct_agents_is_valid() =>
        Assert.Empty(Problems(Pipeline(Council("review", CouncilMode.Vote, null, "ada", "bob"), Agent("ship", prompt: "{{steps.review.output}} {{steps.review--ada.output}}"))));

    [Fact]
    public void Each_member_is_an_agent_step_with_a_reserved_id_and_the_councils_limits()
    {
        var flow = StepFlow.Default with
        {
            Retry = new RetryPolicy(2, TimeSpan.FromSeconds(1)), Timeout = TimeSpan.FromMinutes(5), Budget = new StepBudget(1000, null), OnResult = Flow(("fail", To("end"))).OnResult,
        };
        var council = new CouncilStep("review", flow, ["ada", "bob"], "Review", CouncilMode.Vote, new Dictionary<string, IReadOnlyList<ScriptedToolCall>>
        {
            ["bob"] = [new ScriptedToolCall("complete_step", new Dictionary<string, string> { ["result"] = "pass" })],
        });
        var definition = Pipeline(council);

        var bob = Assert.IsType<AgentStep>(definition.FindStep("review--bob"));
        Assert.Equal(("bob", "Review", flow.Retry, flow.Timeout, flow.Budget), (bob.Agent, bob.Prompt, bob.Flow.Retry, bob.Flow.Timeout, bob.Flow.Budget));
        Assert.Empty(bob.Flow.OnResult);
        Assert.Equal("complete_step", Assert.Single(bob.Script!).Tool);
        Assert.Null(((AgentStep)definition.FindStep("review--ada")!).Script);
        Assert.Same(council, definition.CouncilOf("review--ada"));
        Assert.Null(definition.FindStep("review--cy"));
        Assert.Equal(["review"], definition.EnumerateSteps().Select(step => step.Id));
    }

    [Fact]
    public void A_step_id_in_the_form_reserved_for_council_members_is_refused() =>
        Assert.Contains(("step.reserved-id", "steps[1].id"), Problems(Pipeline(Council("review", CouncilMode.Vote, null, "ada", "bob"), Agent("review--ada"))));

    [Fact]
    public void An_agent_cannot_sit_on_a_council_twice() =>
        Assert.Contains(("council.duplicate-agent", "steps[0].agents"), Problems(Pipeline(Council("review", CouncilMode.Vote, null, "ada", "bob", "ada"))));

    [Fact]
    public void A_member_must_be_an_agent_name() =>
        Assert.Contains(("council.invalid-agent", "steps[0].agents"), Problems(Pipeline(Council("review", CouncilMode.Vote, null, "ada", "../bob"))));

    [Fact]
    public void A_council_cannot_loop() =>
        Assert.Contains(("council.loop", "steps[0].loop"), Problems(Pipeline(
            Council("review", CouncilMode.Vote, StepFlow.Default with { Loop = new LoopPolicy(null, LoopCondition.TryParse("pass"), 3) }, "ada", "bob"))));

    [Fact]
    public void A_transition_cannot_go_to_a_member() =>
        Assert.Contains(("transition.into-council-member", "steps[1].on_result.fail"), Problems(Pipeline(
            Council("review", CouncilMode.Vote, null, "ada", "bob"), Command("test", Flow(("fail", To("review--ada", 1)))))));

    [Fact]
    public void A_script_for_someone_not_on_the_council_is_refused() =>
        Assert.Contains(("council.script-without-member", "steps[0].scripts.cy"), Problems(Pipeline(
            Council("review", CouncilMode.Vote, null, "ada", "bob") with { Scripts = new Dictionary<string, IReadOnlyList<ScriptedToolCall>> { ["cy"] = [] } })));
}
