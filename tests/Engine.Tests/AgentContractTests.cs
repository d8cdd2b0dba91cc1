using EventAgents.AgentHost.Configuration;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.LocalProcess;

namespace EventAgents.Engine.Tests;

public sealed class AgentContractTests
{
    [Fact]
    public void The_runner_and_the_agent_agree_on_the_environment_variable_names()
    {
        Assert.Equal(AgentEnvironment.ServerUrl, AgentProcessEnvironment.ServerUrl);
        Assert.Equal(AgentEnvironment.StepToken, AgentProcessEnvironment.StepToken);
        Assert.Equal(AgentEnvironment.ConfigurationFile, AgentProcessEnvironment.ConfigurationFile);
        Assert.Equal(AgentEnvironment.RunId, AgentProcessEnvironment.RunId);
        Assert.Equal(AgentEnvironment.StepId, AgentProcessEnvironment.StepId);
        Assert.Equal(AgentEnvironment.Attempt, AgentProcessEnvironment.Attempt);
        Assert.Equal(AgentEnvironment.Workspace, AgentProcessEnvironment.Workspace);
    }

    [Fact]
    public void A_launch_cannot_override_the_step_variables_and_never_shows_its_token()
    {
        var launch = new StepLaunch(
            "r1", "plan", 2, "/work/ws", "/work/home",
            new Dictionary<string, string> { [AgentProcessEnvironment.StepToken] = "stolen", ["MODEL_KEY"] = "k" },
            "{}", new Uri("http://127.0.0.1:5000/"), "v1.real.token", null);

        var variables = AgentProcessEnvironment.For(launch, "/tmp/step.json", "/usr/share/dotnet/dotnet");

        Assert.Equal("v1.real.token", variables[AgentProcessEnvironment.StepToken]);
        Assert.Equal("k", variables["MODEL_KEY"]);
        Assert.Equal("/work/home", variables["HOME"]);
        Assert.Equal("2", variables[AgentProcessEnvironment.Attempt]);
        Assert.DoesNotContain("v1.real.token", launch.ToString(), StringComparison.Ordinal);
    }
}
