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
                new Report("tool", "r1", "plan", 2, "read_file", """{"path":"a"} => ok"""),
                new Report("complete", "r1", "plan", 2, "pass", """{"tasks":["a"]}"""),
                new Report("fail", "r1", "plan", 2, "gave up"),
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

        Assert.Equal(HttpStatusCode.BadRequest, longField.StatusCode);
        Assert.Contains("Field 'text' is longer than 100 characters.", await longField.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, largeBody.StatusCode);
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
