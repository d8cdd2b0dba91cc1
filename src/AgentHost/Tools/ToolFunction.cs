using System.Text.Json;
using Microsoft.Extensions.AI;

namespace EventAgents.AgentHost.Tools;

/// <summary>A tool offered to the model: its name, description, JSON schema and what it does.</summary>
public sealed class ToolFunction(string name, string description, string schemaJson, Func<ToolArguments, CancellationToken, Task<string>> invoke)
    : AIFunction
{
    private readonly JsonElement schema = JsonDocument.Parse(schemaJson).RootElement.Clone();

    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override string Description => description;

    /// <inheritdoc />
    public override JsonElement JsonSchema => schema;

    /// <inheritdoc />
    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken) =>
        await invoke(new ToolArguments(arguments), cancellationToken).ConfigureAwait(false);
}
