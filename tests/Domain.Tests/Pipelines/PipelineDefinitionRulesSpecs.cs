using EventAgents.Domain.Pipelines;
using static EventAgents.Domain.Tests.Fixtures.Steps;

namespace EventAgents.Domain.Tests.Pipelines;

public sealed class PipelineDefinitionRulesSpecs
{
    private static List<(string Code, string Path)> Problems(PipelineDefinition definition) =>
        [.. PipelineDefinitionRules.Validate(definition).Select(problem => (problem.Code, problem.Path))];

    [Fact]
    public void A_valid_pipeline_has_no_problems() =>
        Assert.Empty(Problems(Pipeline(Agent("plan"), Command("test", Flow(("fail", To("plan", 3)))))));

    [Fact]
    public void A_self_loop_without_max_is_a_cycle() =>
        Assert.Equal([("cycle.without-max", "steps[0].on_result.fail")], Problems(Pipeline(Command("test", Flow(("fail", To("test")))))));

    [Fact]
    public void A_backward_next_closes_a_cycle_through_document_order() =>
        Assert.Equal([("cycle.without-max", "steps[1].next")], Problems(Pipeline(Agent("a"), Agent("b", StepFlow.Default with { Next = "a" }))));

    [Fact]
    public void A_bounded_transition_breaks_the_cycle() =>
        Assert.Empty(Problems(Pipeline(Agent("a"), Agent("b", Flow(("pass", To("a", 2)))))));

    [Fact]
    public void End_is_a_reserved_step_id() =>
        Assert.Contains(("step.reserved-id", "steps[0].id"), Problems(Pipeline(Agent("end"))));

    [Fact]
    public void A_step_id_must_be_a_slug() =>
        Assert.Contains(("step.invalid-id", "steps[0].id"), Problems(Pipeline(Agent("Plan It"))));

    [Fact]
    public void A_parallel_step_needs_two_branches_that_do_not_route() =>
        Assert.Equal(
            [("parallel.too-few-branches", "steps[0].parallel"), ("parallel.branch-routing", "steps[0].parallel[0]")],
            Problems(Pipeline(Parallel("checks", JoinMode.All, Command("unit", Flow(("fail", To(Transition.End))))))));

    [Fact]
    public void Loop_item_is_only_available_inside_a_loop_over_a_list() =>
        Assert.Contains(("template.loop-outside-loop", "steps[0].prompt"), Problems(Pipeline(Agent("a", prompt: "Do {{loop.item}}"))));

    [Fact]
    public void A_loop_over_an_undeclared_list_is_reported() =>
        Assert.Contains(("loop.unknown-list", "steps[0].loop.over"), Problems(Pipeline(Agent("a", StepFlow.Default with { Loop = new LoopPolicy("steps.ghost.output", null, null) }))));

    [Fact]
    public void A_budget_needs_a_positive_limit() =>
        Assert.Contains(("budget.invalid", "steps[0].budget"), Problems(Pipeline(Agent("a", StepFlow.Default with { Budget = new StepBudget(0, null) }))));

    [Fact]
    public void A_retry_needs_at_least_one_retry() =>
        Assert.Contains(("retry.invalid-max", "steps[0].retry.max"), Problems(Pipeline(Agent("a", StepFlow.Default with { Retry = new RetryPolicy(0, TimeSpan.Zero) }))));

    [Fact]
    public void A_council_needs_two_agents() =>
        Assert.Contains(("council.too-few-agents", "steps[0].agents"), Problems(Pipeline(new CouncilStep("c", StepFlow.Default, ["solo"], "Decide", CouncilMode.Vote))));
}
