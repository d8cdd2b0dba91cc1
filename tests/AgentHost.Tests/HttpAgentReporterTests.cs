using System.Collections.Concurrent;
using System.Net;
using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EventAgents.AgentHost.Tests;

public sealed class HttpAgentReporterTests : IAsyncLifetime
{
    private static readonly ReportRetry FastRetry = new(4, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50));
    private readonly ConcurrentQueue<int> answers = new();
    private readonly ConcurrentQueue<(string Path, string Authorization, string Body)> received = new();
    private WebApplication app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            received.Enqueue((http.Request.Path, http.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync()));
            return Results.StatusCode(answers.TryDequeue(out var status) ? status : 204);
        });
        await app.StartAsync();
    }

    [Fact]
    public async Task Reports_go_to_the_step_routes_with_the_bearer_token()
    {
        using var http = new HttpClient();
        var reporter = Reporter(http);

        await reporter.OutputAsync("hello", CancellationToken.None);
        await reporter.ToolCalledAsync(new ToolCallReport(1, "run_command", """{"command":"ls"}""", "Exit code 0.", false, 7), CancellationToken.None);
        await reporter.ModelCalledAsync(new ModelCallReport(1, "local/m", """[{"role":"user"}]""", "[]", 10, 2, 5, 0.5m, 30), CancellationToken.None);
        await reporter.BudgetWarnedAsync("tokens", "token budget at 80%", CancellationToken.None);
        await reporter.CompletedAsync("pass", """{"n":1}""", CancellationToken.None);
        await reporter.FailedAsync("broken", CancellationToken.None);

        var requests = received.ToArray();
        Assert.Equal(
            new[] { "output", "tool-calls", "model-calls", "budget-warnings", "complete", "fail" }.Select(report => $"/base/agent/runs/run%201/steps/plan/{report}"),
            requests.Select(request => request.Path));
        Assert.All(requests, request => Assert.Equal("Bearer token-1", request.Authorization));
        Assert.Equal(
            new[]
            {
                """{"text":"hello"}""",
                """{"sequence":1,"tool":"run_command","arguments":{"command":"ls"},"result":"Exit code 0.","is_error":false,"duration_ms":7}""",
                """{"sequence":1,"model":"local/m","messages_in":[{"role":"user"}],"messages_out":[],"input_tokens":10,"cached_input_tokens":2,"output_tokens":5,"cost_usd":0.5,"duration_ms":30}""",
                """{"limit":"tokens","message":"token budget at 80%"}""",
                """{"result":"pass","output":{"n":1}}""",
                """{"reason":"broken"}""",
            },
            requests.Select(request => request.Body));
    }

    [Fact]
    public async Task Transient_failures_are_retried()
    {
        answers.Enqueue(503);
        answers.Enqueue(429);
        using var http = new HttpClient();

        await Reporter(http).OutputAsync("hello", CancellationToken.None);

        Assert.Equal(3, received.Count);
    }

    [Fact]
    public async Task A_refusal_is_not_retried()
    {
        answers.Enqueue(401);
        using var http = new HttpClient();

        var refused = await Assert.ThrowsAsync<AgentReportRejectedException>(() => Reporter(http).OutputAsync("hello", CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Single(received);
    }

    [Fact]
    public async Task Retries_give_up_after_the_last_attempt()
    {
        for (var i = 0; i < 10; i++)
        {
            answers.Enqueue(500);
        }

        using var http = new HttpClient();

        await Assert.ThrowsAsync<AgentReportRejectedException>(() => Reporter(http).OutputAsync("hello", CancellationToken.None));
        Assert.Equal(4, received.Count);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private HttpAgentReporter Reporter(HttpClient http) =>
        new(http, new AgentSettings(new Uri(app.Urls.First() + "/base"), "token-1", "/tmp/x", "run 1", "plan", 1, "/tmp"), FastRetry, TimeProvider.System);
}
