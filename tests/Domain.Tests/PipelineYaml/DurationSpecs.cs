using EventAgents.Application.Pipelines.Defining;

namespace EventAgents.Domain.Tests.PipelineYaml;

public sealed class DurationSpecs
{
    [Theory]
    [InlineData("500ms", 0.5)]
    [InlineData("5s", 5)]
    [InlineData("10m", 600)]
    [InlineData("2h", 7200)]
    [InlineData("1d", 86400)]
    [InlineData("1h30m", 5400)]
    public void Durations_with_units_are_read(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Durations.TryParse(text));

    [Theory]
    [InlineData("5")]
    [InlineData("5 s")]
    [InlineData("five minutes")]
    [InlineData("-5s")]
    [InlineData("")]
    public void Anything_else_is_not_a_duration(string text) => Assert.Null(Durations.TryParse(text));
}
