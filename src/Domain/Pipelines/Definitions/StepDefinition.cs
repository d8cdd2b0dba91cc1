using System.Text.Json.Serialization;

namespace EventAgents.Domain.Pipelines;

/// <summary>One step of a pipeline. The closed set of step kinds is listed below.</summary>
/// <param name="Id">Unique id within the pipeline; transitions and templates refer to it.</param>
/// <param name="Flow">Where the step goes next and how it retries, loops, times out and spends.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AgentStep), "agent")]
[JsonDerivedType(typeof(GateStep), "gate")]
[JsonDerivedType(typeof(CouncilStep), "council")]
[JsonDerivedType(typeof(CommandStep), "command")]
[JsonDerivedType(typeof(ParallelStep), "parallel")]
public abstract record StepDefinition(string Id, StepFlow Flow);

/// <summary>An agent works on a prompt rendered from the run inputs and earlier outputs.</summary>
/// <param name="Id">Unique id within the pipeline.</param>
/// <param name="Flow">Routing, retry, loop, timeout and budget settings.</param>
/// <param name="Agent">The agent that performs the step.</param>
/// <param name="Prompt">Template such as <c>Plan {{inputs.goal}}</c>.</param>
/// <param name="OutputSchema">Fields the agent's output must contain, by name, if structured output is required.</param>
/// <param name="Script">For the scripted model (tests, demos, no API key): the tool calls the agent makes, in order.</param>
public sealed record AgentStep(
    string Id, StepFlow Flow, string Agent, string Prompt, IReadOnlyDictionary<string, OutputFieldType>? OutputSchema,
    IReadOnlyList<ScriptedToolCall>? Script = null)
    : StepDefinition(Id, Flow);

/// <summary>One tool call the scripted model makes: the tool's name and its arguments.</summary>
public sealed record ScriptedToolCall(string Tool, IReadOnlyDictionary<string, string> Args);

/// <summary>A person approves or rejects before the run continues; <see cref="StepFlow.Timeout"/> bounds the wait.</summary>
/// <param name="Id">Unique id within the pipeline.</param>
/// <param name="Flow">Routing, retry, loop, timeout and budget settings.</param>
/// <param name="Prompt">What the approver is asked, as a template.</param>
/// <param name="Approvers">Who may decide; empty means anyone.</param>
public sealed record GateStep(string Id, StepFlow Flow, string? Prompt, IReadOnlyList<string> Approvers)
    : StepDefinition(Id, Flow);

/// <summary>
/// Several agents answer the same prompt independently, each as its own agent step (see <see cref="CouncilMembers"/>);
/// their results are voted on or merged.
/// </summary>
/// <param name="Id">Unique id within the pipeline.</param>
/// <param name="Flow">Routing of the council's result; its retry, timeout and budget apply to each member's attempts.</param>
/// <param name="Agents">The members, two or more distinct agents.</param>
/// <param name="Prompt">Template every member is given.</param>
/// <param name="Mode">How the members' results combine.</param>
/// <param name="Scripts">For the scripted model: each member's tool calls, by agent.</param>
public sealed record CouncilStep(
    string Id, StepFlow Flow, IReadOnlyList<string> Agents, string Prompt, CouncilMode Mode,
    IReadOnlyDictionary<string, IReadOnlyList<ScriptedToolCall>>? Scripts = null)
    : StepDefinition(Id, Flow);

/// <summary>A shell command run in the run's workspace; exit code 0 is a pass.</summary>
/// <param name="Id">Unique id within the pipeline.</param>
/// <param name="Flow">Routing, retry, loop, timeout and budget settings.</param>
/// <param name="Run">Command line template.</param>
/// <param name="WorkingDirectory">Directory relative to the workspace root, if not the root.</param>
public sealed record CommandStep(string Id, StepFlow Flow, string Run, string? WorkingDirectory)
    : StepDefinition(Id, Flow);

/// <summary>Branches that run at the same time; the step completes when its join is satisfied.</summary>
public sealed record ParallelStep(string Id, StepFlow Flow, IReadOnlyList<StepDefinition> Branches, JoinMode Join)
    : StepDefinition(Id, Flow);

/// <summary>How a council combines its members' answers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CouncilMode>))]
public enum CouncilMode
{
    /// <summary>The result most members gave wins if more than half gave it; otherwise the council fails.</summary>
    Vote,

    /// <summary>The members' outputs are combined into one; the council passes only when every member passed.</summary>
    Merge,
}

/// <summary>When a parallel step is done.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JoinMode>))]
public enum JoinMode
{
    /// <summary>When every branch has finished; it passes only if every branch passed.</summary>
    All,

    /// <summary>As soon as one branch passes (the others are skipped), or fails when all failed.</summary>
    Any,
}

/// <summary>Type of a field in an agent's structured output.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OutputFieldType>))]
public enum OutputFieldType
{
    /// <summary>Text.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A list of values.</summary>
    List,

    /// <summary>A nested object.</summary>
    Object,
}
