using System.Text.Json;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.RunStory;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.PipelineYaml;

public sealed class SamplePipelineSpecs
{
    private static readonly string Source = File.ReadAllText(Path.Combine(SamplesFolder(), "pipelines", "plan-implement-test-review.yaml"));

    private static PipelineDefinition Sample => Application.Pipelines.Defining.PipelineYaml.Parse(Source).Definition!;

    [Fact]
    public void The_sample_pipeline_is_valid()
    {
        var result = Application.Pipelines.Defining.PipelineYaml.Parse(Source);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(["plan", "implement", "test", "review"], result.Definition!.Steps.Select(step => step.Id));
    }

    [Fact]
    public void Every_sample_pipeline_is_valid()
    {
        var samples = Directory.GetFiles(Path.Combine(SamplesFolder(), "pipelines"), "*.yaml");
        Assert.True(samples.Length >= 2);
        Assert.All(samples, sample =>
        {
            var result = Application.Pipelines.Defining.PipelineYaml.Parse(File.ReadAllText(sample));
            Assert.True(result.IsValid, $"{Path.GetFileName(sample)}: {string.Join(" | ", result.Errors)}");
        });
    }

    [Fact]
    public void The_sample_reads_every_setting()
    {
        var steps = Sample.Steps;
        var plan = Assert.IsType<AgentStep>(steps[0]);
        Assert.Equal(("architect", TimeSpan.FromMinutes(15), new StepBudget(200_000, 2.5m)), (plan.Agent, plan.Flow.Timeout!.Value, plan.Flow.Budget!));
        Assert.Equal(OutputFieldType.List, plan.OutputSchema!["tasks"]);
        Assert.Equal(new RetryPolicy(2, TimeSpan.FromSeconds(30)), steps[1].Flow.Retry);
        var test = Assert.IsType<CommandStep>(steps[2]);
        Assert.Equal(("dotnet test", new Transition("implement", 3)), (test.Run, test.Flow.OnResult["fail"]));
    }

    [Fact]
    public void A_failing_test_in_the_sample_goes_back_to_implement() =>
        Spec.Run().Given(
                Requested(Sample), new RunStarted(RunId, At(1)), Queued("plan"), StartedStep("plan"), Completed("plan"),
                Queued("implement", from: "plan", at: 3), StartedStep("implement", at: 4), Completed("implement", at: 5),
                Queued("test", from: "implement", at: 5), StartedStep("test", at: 6))
            .When(new CompleteStep(RunId, "test", 1, StepResults.Fail, At(7)))
            .Then(Completed("test", StepResults.Fail, at: 7), Queued("implement", 2, "test", 7));

    [Fact]
    public void The_sample_can_be_defined_as_a_pipeline_version() =>
        Spec.Pipeline()
            .When(new DefinePipelineVersion("plan-implement-test-review", Source, Sample, "ada", T0))
            .Then(new PipelineVersionDefined("plan-implement-test-review", 1, Source, Sample, "ada", T0));

    [Fact]
    public void A_definition_survives_a_json_round_trip_inside_an_event()
    {
        var requested = Requested(Sample);
        var json = JsonSerializer.Serialize(requested);
        var back = JsonSerializer.Deserialize<RunRequested>(json)!;
        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.IsType<CommandStep>(back.Definition.Steps[2]);
    }

    private static string SamplesFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples");
            if (Directory.Exists(Path.Combine(candidate, "pipelines")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No samples/pipelines folder above the test binaries.");
    }
}
