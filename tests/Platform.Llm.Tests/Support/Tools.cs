using System.Text.Json;
using Microsoft.Extensions.AI;

namespace EventAgents.Platform.Llm.Tests.Support;

/// <summary>A tool declaration offered to the model (name, description, JSON schema) with nothing behind it.</summary>
public sealed class DeclaredTool(string name, string description, string schemaJson) : AIFunctionDeclaration
{
    private readonly JsonElement schema = JsonDocument.Parse(schemaJson).RootElement.Clone();

    public static DeclaredTool ReadFile { get; } = new("read_file", "Reads a file of the workspace.",
        """{"type":"object","properties":{"path":{"type":"string","description":"Relative path"}},"required":["path"]}""");

    public override string Name => name;

    public override string Description => description;

    public override JsonElement JsonSchema => schema;
}
