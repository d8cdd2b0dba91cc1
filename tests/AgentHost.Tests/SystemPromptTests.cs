using EventAgents.AgentHost.Loop;
using EventAgents.AgentHost.Tools;
using EventAgents.Tests.Support;

namespace EventAgents.AgentHost.Tests;

public sealed class SystemPromptTests : IDisposable
{
    private readonly TempGitRepository repository = new();

    [Fact]
    public async Task The_prompt_has_the_persona_the_instructions_and_the_projects_notes()
    {
        File.WriteAllText(Path.Combine(repository.Path, "AGENTS.md"), "Run ./test.sh before you finish.\n");

        var prompt = await SystemPrompt.BuildAsync("You are Ada, a careful engineer.", new Workspace(repository.Path), 16 * 1024, CancellationToken.None);

        Assert.Equal(
            "You are Ada, a careful engineer.\n\n" + SystemPrompt.Instructions
            + "\n\n## The project's AGENTS.md\n\nRun ./test.sh before you finish."
            + "\n\n## The project's README.md\n\n# test repository",
            prompt);
    }

    [Fact]
    public async Task Without_a_persona_the_prompt_starts_with_the_instructions_and_the_notes_are_capped()
    {
        File.WriteAllText(Path.Combine(repository.Path, "README.md"), new string('r', 5000));

        var prompt = await SystemPrompt.BuildAsync(null, new Workspace(repository.Path), 100, CancellationToken.None);

        Assert.StartsWith(SystemPrompt.Instructions, prompt, StringComparison.Ordinal);
        Assert.EndsWith($"{new string('r', 100)}\n[output cut: 4900 more bytes]", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_readme_that_links_outside_the_workspace_is_left_out()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"eventagents-readme-{Guid.NewGuid():N}.md");
        File.WriteAllText(outside, "SECRET NOTES");
        File.Delete(Path.Combine(repository.Path, "README.md"));
        File.CreateSymbolicLink(Path.Combine(repository.Path, "README.md"), outside);

        var prompt = await SystemPrompt.BuildAsync(null, new Workspace(repository.Path), 1000, CancellationToken.None);

        File.Delete(outside);
        Assert.Equal(SystemPrompt.Instructions, prompt);
    }

    public void Dispose() => repository.Dispose();
}
