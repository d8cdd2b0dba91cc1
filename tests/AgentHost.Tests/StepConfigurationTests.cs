using EventAgents.AgentHost.Configuration;

namespace EventAgents.AgentHost.Tests;

public sealed class StepConfigurationTests
{
    [Fact]
    public void The_engines_configuration_gives_the_persona_budget_and_the_rest()
    {
        var configuration = StepConfiguration.Parse("""
            {"runId": "r1", "stepId": "build", "attempt": 1, "agent": "ada", "model": "scripted", "prompt": "Build it.",
             "persona": "You are Ada.", "budget": {"tokens": 10000, "usd": null, "wall_seconds": 120},
             "stuck": {"repeats": 4, "idle_turns": 8}, "secret_env": ["DEPLOY_KEY"], "team_vault": "/vault",
             "mcp_servers": [{"name": "fs", "command": "mcp-fs", "args": ["--root", "."]}, {"name": "web", "url": "http://127.0.0.1:9000/mcp"}]}
            """);

        Assert.Equal("You are Ada.", configuration.Persona);
        Assert.Equal(new AgentBudget(Tokens: 10_000, WallSeconds: 120), configuration.Budget);
        Assert.Equal(new StuckSettings(4, 8), configuration.Stuck);
        Assert.Equal(["DEPLOY_KEY"], configuration.SecretEnv);
        Assert.Equal("/vault", configuration.TeamVault);
        var servers = Assert.IsAssignableFrom<IReadOnlyList<McpServerSettings>>(configuration.McpServers);
        Assert.Equal(["fs", "web"], servers.Select(server => server.Name));
        Assert.Equal(["--root", "."], servers[0].Args!);
        Assert.Equal(new Uri("http://127.0.0.1:9000/mcp"), servers[1].Url);
    }

    [Theory]
    [InlineData("""{"budget": {"tokens": 0}}""", "budget.tokens must be at least 1.")]
    [InlineData("""{"budget": {"usd": -1}}""", "budget.usd must be more than 0.")]
    [InlineData("""{"budget": {"iterations": 0}}""", "budget.iterations must be at least 1.")]
    [InlineData("""{"stuck": {"repeats": 1}}""", "stuck.repeats must be at least 2.")]
    [InlineData("""{"context_cap_bytes": -1}""", "context_cap_bytes must be at least 0.")]
    public void Bad_limits_are_refused_naming_the_field(string extra, string message)
    {
        var json = """{"prompt": "p", "model": "scripted", """ + extra[1..];

        Assert.Equal(message, Assert.Throws<InvalidDataException>(() => StepConfiguration.Parse(json)).Message);
    }

    [Fact]
    public void The_wall_time_ends_by_the_servers_deadline_less_its_margin_however_late_the_agent_starts()
    {
        var now = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(5, new AgentBudget(WallSeconds: 9, WallUntil: now.AddSeconds(5)).AtStart(now).WallSeconds);
        Assert.Equal(9, new AgentBudget(WallSeconds: 9, WallUntil: now.AddSeconds(60)).AtStart(now).WallSeconds);
        Assert.Equal(1, new AgentBudget(WallSeconds: 9, WallUntil: now.AddSeconds(-3)).AtStart(now).WallSeconds);
        Assert.Equal(new AgentBudget(Tokens: 10), new AgentBudget(Tokens: 10).AtStart(now));
    }
}
