using System.Text;
using EventAgents.AgentHost.Tools;

namespace EventAgents.AgentHost.Loop;

/// <summary>The system prompt: the agent's persona, how to work on a step, and the project's own notes (README.md, AGENTS.md), capped.</summary>
public static class SystemPrompt
{
    /// <summary>How the agent works on a step.</summary>
    public const string Instructions =
        "You work on one step of a pipeline in a workspace directory. Use the tools to read and change files and to run "
        + "commands there. Tools that only read may be called several at once. When you are done, call complete_step with "
        + "the result (such as pass or fail) and your output.";

    private static readonly string[] ContextFiles = ["AGENTS.md", "README.md"];

    /// <summary>Builds the prompt for <paramref name="workspace"/>.</summary>
    public static async Task<string> BuildAsync(string? persona, Workspace workspace, int contextCapBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var prompt = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(persona))
        {
            prompt.Append(persona.Trim()).Append("\n\n");
        }

        prompt.Append(Instructions);
        var left = contextCapBytes;
        foreach (var name in ContextFiles)
        {
            if (left <= 0 || Context(workspace, name) is not { } path)
            {
                continue;
            }

            var text = OutputCap.Apply(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false), left);
            left -= Encoding.UTF8.GetByteCount(text);
            prompt.Append("\n\n## The project's ").Append(name).Append("\n\n").Append(text.TrimEnd());
        }

        return prompt.ToString();
    }

    private static string? Context(Workspace workspace, string name)
    {
        try
        {
            var path = workspace.Resolve(name);
            return File.Exists(path) ? path : null;
        }
        catch (ToolRefusedException)
        {
            return null;
        }
    }
}
