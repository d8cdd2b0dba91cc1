using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.RunStory;
using static EventAgents.Domain.Tests.Specs.DeciderSpec<EventAgents.Domain.Runs.IRunCommand, EventAgents.Domain.Runs.IRunEvent, EventAgents.Domain.Runs.Run>;
using static EventAgents.Domain.Tests.Fixtures.Steps;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Runs;

public sealed class RunRouterSpecs
{
    private static readonly PipelineDefinition Definition = Pipeline(
        Agent("plan"),
        Command("test", Flow(("fail", To("plan", 2)), ("flaky", To("test", 1)))),
        Agent("review", StepFlow.Default with { Next = "plan" } with { OnResult = new Dictionary<string, Transition> { ["changes"] = To("plan", 1) } }));

    [Theory]
    [InlineData("plan", "pass", "test", null)]
    [InlineData("test", "fail", "plan", 2)]
    [InlineData("test", "timeout", "plan", 2)]
    [InlineData("test", "error", "plan", 2)]
    [InlineData("test", "flaky", "test", 1)]
    [InlineData("review", "pass", "plan", null)]
    [InlineData("review", "changes", "plan", 1)]
    public void The_transition_for_a_result(string step, string result, string target, int? max) =>
        Assert.Equal(new Transition(target, max), RunRouter.TransitionFor(Definition, Definition.FindStep(step)!, result));

    [Fact]
    public void A_pass_of_the_last_step_goes_to_the_end() =>
        Assert.Equal(new Transition(Transition.End), RunRouter.TransitionFor(Pipeline(Agent("a")), Agent("a"), "pass"));

    [Fact]
    public void A_failure_without_a_fail_transition_has_nowhere_to_go() =>
        Assert.Null(RunRouter.TransitionFor(Definition, Definition.FindStep("plan")!, "fail"));

    [Fact]
    public void Routing_is_a_pure_function_of_definition_and_state()
    {
        var state = Spec.Run().Given(Started(Definition)).Given(StartedStep("plan"), Completed("plan")).State;
        var first = RunRouter.After(state, "plan", "pass", At(3));
        var second = RunRouter.After(state, "plan", "pass", At(3));
        Assert.Equal(first, second);
        Assert.Equal([Queued("test", from: "plan", at: 3)], first);
    }

    [Fact]
    public void Beginning_a_run_with_a_parallel_first_step_queues_its_branches()
    {
        var parallelFirst = Pipeline(Parallel("checks", JoinMode.All, Command("unit"), Command("lint")));
        var state = Spec.Run().Given(Requested(parallelFirst), new RunStarted(RunId, At(1))).State;
        Assert.Equal(
            [Describe(new ParallelStarted(RunId, "checks", 1, ["unit", "lint"], null, At(1))), Describe(Queued("unit")), Describe(Queued("lint"))],
            RunRouter.Begin(state, At(1)).Select(Describe));
    }
}
