using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.AgentApi;
using EventAgents.Engine.Tests.Support;

namespace EventAgents.Engine.Tests;

public sealed class AgentReportEndpointsTests : IAsyncLifetime
{
    private readonly ManualTimeProvider time = new(DateTimeOffset.UnixEpoch.AddYears(56));
    private readonly HttpClient http = new();
    private ReportServer server = null!;

    public async Task InitializeAsync() => server = await ReportServer.StartAsync(time, new AgentReportLimits { MaxBodyBytes = 4096, MaxTextChars = 100 });

    [Fact]
    public async Task Each_report_reaches_the_sink_with_the_attempt_of_the_token()
    {
        var token = server.Tokens.Issue(new StepTokenScope("r1", "plan", 2), TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync("r1", "plan", "output", """{"text":"hi"}""", token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync("r1", "plan", "tool-calls", """{"tool":"read_file","arguments":{"path":"a"},"result":"ok"}""", token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync("r1", "plan", "complete", """{"result":" pass ","output":{"tasks":["a"]}}""", token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync("r1", "plan", "fail", """{"reason":"gave up"}""", token)).StatusCode);

        Assert.Equal(
            new[]
            {
                new Report("output", "r1", "plan", 2, "hi"),
                new Report("tool", "r1", "plan", 2, "read_file", """#0 {"path":"a"} => ok (error: False, 0 ms)"""),
                new Report("complete", "r1", "plan", 2, "pass", """{"tasks":["a"]}"""),
                new Report("fail", "r1", "plan", 2, "gave up"),
            },
            server.Sink.Reports);
    }

    [Fact]
    public async Task Tool_calls_carry_their_number_error_flag_and_duration()
    {
        var token = server.TokenFor("r1", "plan");

        var response = await PostAsync("r1", "plan", "tool-calls",
            """{"sequence":3,"tool":"edit_file","arguments":{"path":"a"},"result":"Error: not found","is_error":true,"duration_ms":12}""", token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(new Report("tool", "r1", "plan", 1, "edit_file", """#3 {"path":"a"} => Error: not found (error: True, 12 ms)"""), Assert.Single(server.Sink.Reports));
    }

    [Fact]
    public async Task Model_calls_and_budget_warnings_reach_the_sink()
    {
        var token = server.TokenFor("r1", "plan");

        var model = await PostAsync("r1", "plan", "model-calls", """
            {"sequence":1,"model":"local/m","messages_in":[{"role":"user"}],"messages_out":[{"role":"assistant"}],
             "input_tokens":10,"cached_input_tokens":2,"output_tokens":5,"cost_usd":0.0001,"duration_ms":40}
            """, token);
        var unpriced = await PostAsync("r1", "plan", "model-calls", """{"sequence":2,"model":"local/m","messages_in":[],"messages_out":[],"cost_usd":null}""", token);
        var warning = await PostAsync("r1", "plan", "budget-warnings", """{"limit":"tokens","message":"token budget at 80%"}""", token);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent), (model.StatusCode, unpriced.StatusCode, warning.StatusCode));
        Assert.Equal(
            new[]
            {
                new Report("model", "r1", "plan", 1, "local/m", """#1 [{"role":"user"}] => [{"role":"assistant"}] (10 in, 2 cached, 5 out, $0.0001, 40 ms)"""),
                new Report("model", "r1", "plan", 1, "local/m", "#2 [] => [] (0 in, 0 cached, 0 out, $?, 0 ms)"),
                new Report("budget", "r1", "plan", 1, "tokens", "token budget at 80%"),
            },
            server.Sink.Reports);
    }

    [Fact]
    public async Task A_completion_without_output_has_null_output()
    {
        await PostAsync("r1", "plan", "complete", """{"result":"pass"}""", server.TokenFor("r1", "plan"));

        Assert.Equal(new Report("complete", "r1", "plan", 1, "pass", "null"), Assert.Single(server.Sink.Reports));
    }

    [Fact]
    public async Task A_missing_token_is_unauthorized()
    {
        var response = await PostAsync("r1", "plan", "output", """{"text":"hi"}""", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("A Bearer step token is required.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(server.Sink.Reports);
    }

    [Fact]
    public async Task A_forged_token_is_unauthorized()
    {
        var forged = new StepTokens(new byte[32], time).Issue(new StepTokenScope("r1", "plan", 1), TimeSpan.FromMinutes(1));

        var response = await PostAsync("r1", "plan", "complete", """{"result":"pass"}""", forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(server.Sink.Reports);
    }

    [Fact]
    public async Task An_expired_token_is_unauthorized()
    {
        var token = server.Tokens.Issue(new StepTokenScope("r1", "plan", 1), TimeSpan.FromMinutes(1));
        time.Advance(TimeSpan.FromMinutes(2));

        var response = await PostAsync("r1", "plan", "complete", """{"result":"pass"}""", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The step token has expired.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(server.Sink.Reports);
    }

    [Theory]
    [InlineData("r1", "review")]
    [InlineData("r2", "plan")]
    public async Task A_token_of_another_step_is_forbidden(string runId, string stepId)
    {
        var response = await PostAsync(runId, stepId, "complete", """{"result":"pass"}""", server.TokenFor("r1", "plan"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(server.Sink.Reports);
    }

    [Theory]
    [InlineData("output", "{}", "Field 'text' is required and must be a string.")]
    [InlineData("output", """{"text":5}""", "Field 'text' is required and must be a string.")]
    [InlineData("tool-calls", """{"tool":"","result":"x"}""", "Field 'tool' must not be empty.")]
    [InlineData("complete", """{"output":1}""", "Field 'result' is required and must be a string.")]
    [InlineData("fail", """{"reason":"  "}""", "Field 'reason' must not be empty.")]
    [InlineData("fail", "[1]", "The body must be a JSON object.")]
    [InlineData("tool-calls", """{"tool":"t","result":"x","is_error":"yes"}""", "Field 'is_error' must be true or false.")]
    [InlineData("tool-calls", """{"tool":"t","result":"x","duration_ms":-1}""", "Field 'duration_ms' must be a whole number of at least 0.")]
    [InlineData("model-calls", """{"messages_in":[]}""", "Field 'model' is required and must be a string.")]
    [InlineData("model-calls", """{"model":"m","input_tokens":1.5}""", "Field 'input_tokens' must be a whole number of at least 0.")]
    [InlineData("model-calls", """{"model":"m","cost_usd":"free"}""", "Field 'cost_usd' must be a number of at least 0 or null.")]
    [InlineData("budget-warnings", """{"limit":"tokens"}""", "Field 'message' is required and must be a string.")]
    [InlineData("fail", "{oops", "The body is not valid JSON")]
    public async Task A_bad_body_is_refused_naming_the_field(string report, string body, string message)
    {
        var response = await PostAsync("r1", "plan", report, body, server.TokenFor("r1", "plan"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(server.Sink.Reports);
    }

    [Fact]
    public async Task Fields_and_bodies_over_their_limits_are_refused()
    {
        var token = server.TokenFor("r1", "plan");

        var longField = await PostAsync("r1", "plan", "output", $$"""{"text":"{{new string('x', 101)}}"}""", token);
        var largeBody = await PostAsync("r1", "plan", "output", $$"""{"text":"x","pad":"{{new string('x', 5000)}}"}""", token);
        var largeModelCall = await PostAsync("r1", "plan", "model-calls", $$"""{"model":"m","messages_in":"{{new string('x', 5000)}}"}""", token);

        Assert.Equal(HttpStatusCode.BadRequest, longField.StatusCode);
        Assert.Contains("Field 'text' is longer than 100 characters.", await longField.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, largeBody.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, largeModelCall.StatusCode);
        Assert.Empty(server.Sink.Reports);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(string runId, string stepId, string report, string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Url, $"/agent/runs/{runId}/steps/{stepId}/{report}"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }
}
