using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Tests.Pipelines;

public sealed class TemplateAndLoopSpecs
{
    private static readonly TemplateScope Scope = new(
        new Dictionary<string, string> { ["goal"] = "add login" },
        new Dictionary<string, string> { ["plan"] = """{"tasks": ["a", "b"], "summary": {"risk": "low"}}""", ["notes"] = "one\n\n two \n" },
        new Dictionary<string, string> { ["plan"] = "pass" },
        null,
        null);

    [Theory]
    [InlineData("Goal: {{inputs.goal}}", "Goal: add login")]
    [InlineData("{{ steps.plan.result }}", "pass")]
    [InlineData("Risk {{steps.plan.output.summary.risk}}", "Risk low")]
    [InlineData("{{steps.plan.output.tasks}}", """["a", "b"]""")]
    [InlineData("{{steps.plan.output.missing}}|{{inputs.nope}}", "|")]
    [InlineData("no placeholders", "no placeholders")]
    public void Rendering_reads_inputs_outputs_and_results(string template, string expected) =>
        Assert.Equal(expected, PromptTemplate.Render(template, Scope));

    [Fact]
    public void A_json_array_output_is_a_list() =>
        Assert.Equal(["a", "b"], Scope.ResolveList(LoopList.TryParse("{{steps.plan.output.tasks}}")!));

    [Fact]
    public void A_text_output_is_a_list_of_its_non_blank_lines() =>
        Assert.Equal(["one", "two"], Scope.ResolveList(LoopList.TryParse("steps.notes.output")!));

    [Theory]
    [InlineData("{{unknown.x}}")]
    [InlineData("{{steps.plan}}")]
    [InlineData("open {{inputs.goal")]
    public void Unreadable_placeholders_are_problems(string template) =>
        Assert.NotEmpty(PromptTemplate.Parse(template).Problems);

    [Theory]
    [InlineData("pass", "pass", null, true)]
    [InlineData("result == pass", "fail", null, false)]
    [InlineData("result != fail", "pass", null, true)]
    [InlineData("output contains 'LGTM'", "pass", "Looks fine. LGTM", true)]
    [InlineData("output contains \"LGTM\"", "pass", "nope", false)]
    public void Loop_conditions_check_result_or_output(string condition, string result, string? output, bool expected) =>
        Assert.Equal(expected, LoopCondition.TryParse(condition)!.IsMet(result, output));

    [Theory]
    [InlineData("result > 3")]
    [InlineData("output contains LGTM")]
    [InlineData("")]
    public void Unreadable_conditions_are_rejected(string condition) =>
        Assert.Null(LoopCondition.TryParse(condition));

    [Fact]
    public void Retry_backoff_doubles_each_time() =>
        Assert.Equal(
            [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)],
            Enumerable.Range(1, 3).Select(new RetryPolicy(3, TimeSpan.FromSeconds(5)).DelayBefore));
}
