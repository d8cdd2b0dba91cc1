using EventAgents.Application.Pipelines.Defining;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.PipelineYaml;

public sealed class DefiningPipelineFromYamlSpecs
{
    [Fact]
    public void Valid_yaml_becomes_the_domain_command()
    {
        const string yaml = "name: p\nsteps:\n  - {id: build, type: command, run: make}\n";
        var prepared = DefiningPipelineFromYaml.Prepare(new DefinePipelineFromYaml("p", yaml, "ada", T0));
        Assert.Empty(prepared.Errors);
        Assert.Equal(("p", yaml, "build"), (prepared.Command!.PipelineId, prepared.Command.Source, prepared.Command.Definition.Steps[0].Id));
    }

    [Fact]
    public void Invalid_yaml_becomes_its_errors()
    {
        var prepared = DefiningPipelineFromYaml.Prepare(new DefinePipelineFromYaml("p", "name: p\nsteps:\n  - {id: build, type: make}\n", "ada", T0));
        Assert.Null(prepared.Command);
        Assert.Equal(("step.unknown-type", 3), (prepared.Errors[0].Code, prepared.Errors[0].Line));
    }

    [Fact]
    public void A_councils_scripts_become_its_members_scripts()
    {
        const string yaml = """
            name: p
            steps:
              - id: review
                type: council
                agents: [ada, bob]
                prompt: Review
                scripts:
                  ada:
                    - {tool: complete_step, args: {result: pass, output: fine}}
                  bob:
                    - {tool: complete_step, args: {result: fail}}
            """;
        var result = Application.Pipelines.Defining.PipelineYaml.Parse(yaml);
        Assert.Empty(result.Errors);
        var ada = Assert.IsType<Domain.Pipelines.AgentStep>(result.Definition!.FindStep("review--ada"));
        var bob = Assert.IsType<Domain.Pipelines.AgentStep>(result.Definition.FindStep("review--bob"));
        Assert.Equal(("pass", "fine"), (Assert.Single(ada.Script!).Args["result"], ada.Script![0].Args["output"]));
        Assert.Equal("fail", Assert.Single(bob.Script!).Args["result"]);
    }

    [Fact]
    public void Network_is_off_unless_a_step_allows_it_and_a_councils_members_inherit_it()
    {
        const string yaml = """
            name: p
            steps:
              - {id: fetch, type: command, run: curl example.org, network: true}
              - {id: build, type: command, run: make}
              - {id: review, type: council, agents: [ada, bob], prompt: Review, network: true}
              - {id: gate, type: gate, network: true}
            """;
        var result = Application.Pipelines.Defining.PipelineYaml.Parse(yaml);
        Assert.Equal(("field.unknown", 6), (Assert.Single(result.Errors).Code, result.Errors[0].Line));
        var valid = Application.Pipelines.Defining.PipelineYaml.Parse(yaml[..yaml.LastIndexOf('\n')]).Definition!;
        Assert.True(valid.FindStep("fetch")!.Flow.Network);
        Assert.False(valid.FindStep("build")!.Flow.Network);
        Assert.True(valid.FindStep("review--bob")!.Flow.Network);
    }
}
