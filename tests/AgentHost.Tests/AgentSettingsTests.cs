using EventAgents.AgentHost.Configuration;

namespace EventAgents.AgentHost.Tests;

public sealed class AgentSettingsTests
{
    [Fact]
    public void Every_missing_or_bad_variable_is_named()
    {
        var variables = new Dictionary<string, string?> { [AgentEnvironment.ServerUrl] = "not a url", [AgentEnvironment.Attempt] = "x" };

        var settings = AgentSettings.FromEnvironment(name => variables.GetValueOrDefault(name), "/tmp", out var error);

        Assert.Null(settings);
        Assert.Equal(
            "EVENTAGENTS_STEP_TOKEN is not set; EVENTAGENTS_STEP_CONFIG is not set; EVENTAGENTS_RUN_ID is not set; "
            + "EVENTAGENTS_STEP_ID is not set; EVENTAGENTS_SERVER_URL is not an absolute URL; EVENTAGENTS_ATTEMPT is not a number",
            error);
    }

    [Fact]
    public void The_settings_never_show_the_token()
    {
        var variables = new Dictionary<string, string?>
        {
            [AgentEnvironment.ServerUrl] = "http://127.0.0.1:5000",
            [AgentEnvironment.StepToken] = "v1.very-secret",
            [AgentEnvironment.ConfigurationFile] = "/tmp/step.json",
            [AgentEnvironment.RunId] = "r1",
            [AgentEnvironment.StepId] = "plan",
            [AgentEnvironment.Attempt] = "2",
        };

        var settings = AgentSettings.FromEnvironment(name => variables.GetValueOrDefault(name), "/work", out var error);

        Assert.Null(error);
        Assert.Equal(("r1", "plan", 2, "/work"), (settings!.RunId, settings.StepId, settings.Attempt, settings.Workspace));
        Assert.DoesNotContain("very-secret", settings.ToString(), StringComparison.Ordinal);
    }
}
