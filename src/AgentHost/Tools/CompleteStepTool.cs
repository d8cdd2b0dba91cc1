namespace EventAgents.AgentHost.Tools;

/// <summary><c>complete_step(result, output)</c>: ends the agent's work on the step.</summary>
public sealed class CompleteStepTool
{
    /// <summary>The tool's name.</summary>
    public const string Name = "complete_step";

    private const int MaxResultLength = 200;

    private const string Schema = """
        {"type":"object","properties":{"result":{"type":"string","description":"The result, such as pass or fail."},"output":{"description":"The step's output: text or a JSON value."}},"required":["result"]}
        """;

    /// <summary>The completion, once the tool has been called.</summary>
    public StepCompletion? Completion { get; private set; }

    /// <summary>The function offered to the model.</summary>
    public ToolFunction Function => new(Name, "Finishes the step with a result and its output.", Schema, CompleteAsync);

    /// <summary>Records the completion; the agent stops after the current turn.</summary>
    public Task<string> CompleteAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var result = arguments.String("result").Trim();
        if (result.Length is 0 or > MaxResultLength)
        {
            throw new ToolRefusedException($"The argument 'result' must have 1 to {MaxResultLength} characters.");
        }

        Completion ??= new StepCompletion(result, arguments.Json("output"));
        return Task.FromResult($"Step completed with result '{Completion.Result}'.");
    }
}
