using System.Net;
using System.Net.Sockets;
using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Loop;
using EventAgents.AgentHost.Tests.Support;
using EventAgents.AgentHost.Tools;
using EventAgents.Platform.Llm.Scripted;
using EventAgents.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventAgents.AgentHost.Tests;

/// <summary>The tools that call the server's agent API (ask_human, the board) when the server cannot be reached or fails for a while.</summary>
public sealed class AgentApiToolsTests : IDisposable
{
    private readonly TempGitRepository repository = new();

    [Fact]
    public async Task A_server_out_of_reach_is_an_error_the_model_reads_not_the_end_of_the_agent()
    {
        var gone = await FakeAgentApi.StartAsync();
        var url = gone.BaseUrl;
        await gone.DisposeAsync();
        using var http = new HttpClient();
        var api = new AgentApiClient(http, new AgentSettings(url, "step-token", "step.json", "run-1", "design", 1, repository.Path));
        var ask = new AskHumanTool(api, new HumanWaits(TimeProvider.System), TimeProvider.System);

        var (outcome, reports) = await ScriptedAgent.RunAsync(repository.Path,
            [ScriptedTurn.Call(AskHumanTool.Name, new { question = "Which database?" }), ScriptedTurn.Call("complete_step", new { result = "pass" })],
            extra: [ask.Function]);

        Assert.True(outcome.ExitCode == 0, reports.Failure);
        Assert.Equal("pass", reports.Completion?.Result);
        var call = Assert.Single(reports.ToolReports, report => report.Tool == AskHumanTool.Name);
        Assert.True(call.IsError);
        Assert.StartsWith("Error: ", call.Result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_an_error_the_model_reads_not_the_end_of_the_agent()
    {
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
            var url = new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/");
            var board = new BoardTools(new AgentApiClient(http, new AgentSettings(url, "step-token", "step.json", "run-1", "design", 1, repository.Path)));

            var (outcome, reports) = await ScriptedAgent.RunAsync(repository.Path,
                [ScriptedTurn.Call("claim_task", new { task_id = "task-1" }), ScriptedTurn.Call("complete_step", new { result = "pass" })],
                extra: board.Functions);

            Assert.True(outcome.ExitCode == 0, reports.Failure);
            Assert.Equal("pass", reports.Completion?.Result);
            var call = Assert.Single(reports.ToolReports, report => report.Tool == "claim_task");
            Assert.True(call.IsError);
            Assert.StartsWith("Error: ", call.Result, StringComparison.Ordinal);
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public async Task A_question_waits_through_a_server_that_fails_for_a_while_and_gets_the_answer()
    {
        var polls = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        await using var server = builder.Build();
        server.MapPost("/agent/runs/{run}/steps/{step}/questions", () => Results.Json(new { status = "waiting" }, statusCode: 201));
        server.MapGet("/agent/runs/{run}/steps/{step}/questions/{id}", (string id) => Interlocked.Increment(ref polls) switch
        {
            1 => Results.Problem(detail: "The server is restarting.", statusCode: 503),
            2 => Results.Json(new { id, status = "waiting" }),
            _ => Results.Json(new { id, status = "answered", answer = "PostgreSQL", answeredBy = "ada" }),
        });
        await server.StartAsync();
        using var http = new HttpClient();
        var url = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        var ask = new AskHumanTool(new AgentApiClient(http, new AgentSettings(url, "step-token", "step.json", "run-1", "design", 1, repository.Path)),
            new HumanWaits(TimeProvider.System), TimeProvider.System);

        var (outcome, reports) = await ScriptedAgent.RunAsync(repository.Path,
            [ScriptedTurn.Call(AskHumanTool.Name, new { question = "Which database?" }), ScriptedTurn.Call("complete_step", new { result = "pass" })],
            extra: [ask.Function]);

        Assert.True(outcome.ExitCode == 0, reports.Failure);
        var call = Assert.Single(reports.ToolReports, report => report.Tool == AskHumanTool.Name);
        Assert.False(call.IsError, call.Result);
        Assert.Equal("ada answered: PostgreSQL", call.Result);
        Assert.Equal(3, polls);
    }

    public void Dispose() => repository.Dispose();
}
