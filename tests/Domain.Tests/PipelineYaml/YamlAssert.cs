using EventAgents.Application.Pipelines.Defining;

namespace EventAgents.Domain.Tests.PipelineYaml;

internal static class YamlAssert
{
    public static IReadOnlyList<PipelineError> Invalid(string yaml)
    {
        var result = Application.Pipelines.Defining.PipelineYaml.Parse(yaml);
        Assert.False(result.IsValid, "Expected the pipeline to be invalid.");
        Assert.Null(result.Definition);
        Assert.NotEmpty(result.Errors);
        return result.Errors;
    }

    public static PipelineError HasError(string yaml, string code, int line)
    {
        var errors = Invalid(yaml);
        var error = errors.FirstOrDefault(candidate => candidate.Code == code);
        Assert.True(error is not null, $"No '{code}' error; got: {string.Join(" | ", errors)}");
        Assert.True(error.Line == line, $"'{code}' reported on line {error.Line}, expected {line}: {error}");
        return error;
    }
}
