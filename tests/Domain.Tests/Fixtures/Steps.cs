using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Tests.Fixtures;

/// <summary>Builds pipeline definitions in code for the run specs.</summary>
public static class Steps
{
    public static PipelineDefinition Pipeline(params StepDefinition[] steps) =>
        new("test", null, [new PipelineInput("goal", true, null)], steps);

    public static AgentStep Agent(string id, StepFlow? flow = null, string prompt = "Work on {{inputs.goal}}") =>
        new(id, flow ?? StepFlow.Default, "engineer", prompt, null);

    public static CommandStep Command(string id, StepFlow? flow = null) => new(id, flow ?? StepFlow.Default, "dotnet test", null);

    public static GateStep Gate(string id, StepFlow? flow = null, params string[] approvers) =>
        new(id, flow ?? StepFlow.Default, "Ship {{inputs.goal}}?", approvers);

    public static ParallelStep Parallel(string id, JoinMode join, params StepDefinition[] branches) => new(id, StepFlow.Default, branches, join);

    public static CouncilStep Council(string id, CouncilMode mode, StepFlow? flow = null, params string[] agents) =>
        new(id, flow ?? StepFlow.Default, agents, "Review {{inputs.goal}}", mode);

    public static StepFlow Flow(params (string Result, Transition To)[] onResult) =>
        StepFlow.Default with { OnResult = onResult.ToDictionary(entry => entry.Result, entry => entry.To) };

    public static Transition To(string target, int? max = null) => new(target, max);
}
