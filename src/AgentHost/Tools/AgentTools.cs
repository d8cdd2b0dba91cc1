using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Mcp;
using EventAgents.AgentHost.Memory;
using Microsoft.Extensions.AI;

namespace EventAgents.AgentHost.Tools;

/// <summary>The tools an agent works with on a step, confined to its workspace (and its memory folders).</summary>
public sealed class AgentTools
{
    /// <summary>
    /// Creates the tools for <paramref name="workspace"/> with the limits of <paramref name="configuration"/>; the memory
    /// tools when <paramref name="home"/> is given, and any <paramref name="extra"/> tools (an MCP server's).
    /// </summary>
    public AgentTools(
        Workspace workspace, StepConfiguration configuration, TimeProvider time,
        IReadOnlyList<string>? hiddenVariables = null, string? home = null, IEnumerable<AIFunction>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var cap = configuration.OutputCapBytes;
        var timeout = TimeSpan.FromSeconds(configuration.CommandTimeoutSeconds);
        Completion = new CompleteStepTool();
        List<AIFunction> functions =
        [
            new ReadFileTool(workspace, cap).Function,
            new WriteFileTool(workspace, Activity).Function,
            new RunCommandTool(workspace, timeout, cap, time, hiddenVariables).Function,
            Completion.Function,
            new EditFileTool(workspace, Activity).Function,
            new ListTool(workspace, configuration.MaxMatches).Function,
            new GlobTool(workspace, configuration.MaxMatches).Function,
            new GrepTool(workspace, configuration.MaxMatches).Function,
            .. new GitTools(workspace, timeout, cap, time, hiddenVariables).Functions,
        ];
        if (home is not null)
        {
            functions.AddRange(new MemoryTools(Path.Combine(home, "memory"), configuration.TeamVault, cap, configuration.MaxMatches).Functions);
        }

        functions.AddRange(extra ?? []);
        Functions = functions;
    }

    /// <summary>The tool that ends the step; its <see cref="CompleteStepTool.Completion"/> is set once called.</summary>
    public CompleteStepTool Completion { get; }

    /// <summary>What the tools changed in the workspace.</summary>
    public WorkspaceActivity Activity { get; } = new();

    /// <summary>The functions offered to the model.</summary>
    public IReadOnlyList<AIFunction> Functions { get; }

    /// <summary>The function named <paramref name="name"/>, if there is one.</summary>
    public AIFunction? Find(string name) => Functions.FirstOrDefault(function => function.Name == name);

    /// <summary>True when the function only reads, so it may run alongside others.</summary>
    public static bool IsReadOnly(AIFunction function) => function is ToolFunction { IsReadOnly: true } || McpTools.IsReadOnly(function);
}
