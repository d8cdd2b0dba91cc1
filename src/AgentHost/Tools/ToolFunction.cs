using System.Text.Json;
using Microsoft.Extensions.AI;

namespace EventAgents.AgentHost.Tools;

/// <summary>A tool offered to the model: its name, description, JSON schema and what it does.</summary>
/// <remarks>A read-only tool changes nothing, so several calls of read-only tools in one turn run in parallel.</remarks>
public sealed class ToolFunction(
    string name, string description, string schemaJson, Func<ToolArguments, CancellationToken, Task<string>> invoke, bool readOnly = false)
    : AIFunction
{
    /// <summary>True when the tool only reads.</summary>
    public bool IsReadOnly => readOnly;

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
