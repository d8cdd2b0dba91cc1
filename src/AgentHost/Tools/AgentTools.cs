using EventAgents.AgentHost.Configuration;
using Microsoft.Extensions.AI;

namespace EventAgents.AgentHost.Tools;

/// <summary>The tools an agent works with on a step, confined to its workspace.</summary>
public sealed class AgentTools
{
    /// <summary>Creates the tools for <paramref name="workspace"/> with the limits of <paramref name="configuration"/>.</summary>
    public AgentTools(Workspace workspace, StepConfiguration configuration, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Completion = new CompleteStepTool();
        Functions =
        [
            new ReadFileTool(workspace, configuration.OutputCapBytes).Function,
            new WriteFileTool(workspace).Function,
            new RunCommandTool(workspace, TimeSpan.FromSeconds(configuration.CommandTimeoutSeconds), configuration.OutputCapBytes, time).Function,
            Completion.Function,
        ];
    }

    /// <summary>The tool that ends the step; its <see cref="CompleteStepTool.Completion"/> is set once called.</summary>
    public CompleteStepTool Completion { get; }

    /// <summary>The functions offered to the model.</summary>
    public IReadOnlyList<AIFunction> Functions { get; }

    /// <summary>The function named <paramref name="name"/>, if there is one.</summary>
    public AIFunction? Find(string name) => Functions.FirstOrDefault(function => function.Name == name);
}
