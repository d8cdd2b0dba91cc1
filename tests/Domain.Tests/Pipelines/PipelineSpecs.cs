using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.Steps;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Pipelines;

public sealed class PipelineSpecs
{
    private static readonly PipelineDefinition V1 = Pipeline(Agent("plan"));
    private static readonly PipelineDefinition V2 = Pipeline(Agent("plan"), Agent("review"));

    [Fact]
    public void The_first_definition_is_version_one() =>
        Spec.Pipeline().When(new DefinePipelineVersion("sdlc", "v1", V1, "ada", T0)).Then(new PipelineVersionDefined("sdlc", 1, "v1", V1, "ada", T0));

    [Fact]
    public void A_changed_source_defines_the_next_version()
    {
        var spec = Spec.Pipeline().Given(new PipelineVersionDefined("sdlc", 1, "v1", V1, "ada", T0))
            .When(new DefinePipelineVersion("sdlc", "v2", V2, "ada", At(1))).Then(new PipelineVersionDefined("sdlc", 2, "v2", V2, "ada", At(1)));
        Assert.Equal((2, V1), (spec.State.Latest!.Number, spec.State.Version(1)!.Definition));
    }

    [Fact]
    public void The_same_source_again_changes_nothing() =>
        Spec.Pipeline().Given(new PipelineVersionDefined("sdlc", 1, "v1", V1, "ada", T0)).When(new DefinePipelineVersion("sdlc", "v1", V1, "ada", At(1))).ThenNothing();

    [Fact]
    public void An_invalid_definition_is_refused() =>
        Spec.Pipeline().When(new DefinePipelineVersion("sdlc", "bad", Pipeline(Agent("a", Flow(("fail", To("nowhere"))))), "ada", T0)).ThenError("pipeline.invalid");

    [Fact]
    public void A_pipeline_id_must_be_a_slug() =>
        Spec.Pipeline().When(new DefinePipelineVersion("My Pipeline", "v1", V1, "ada", T0)).ThenError("pipeline.invalid-id");
}
