using EventAgents.GraphQL.Tests.Support;

namespace EventAgents.GraphQL.Tests;

/// <summary>runsChanged and the streamEvents subscription over the npm graphql-ws client.</summary>
public sealed class LiveFeedTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task runsChanged_delivers_runs_of_the_project_as_they_change()
    {
        await server.EnsurePipelineAsync("watched", TestRuns.GatedPipeline);
        var subscriber = NodeScripts.ScriptAsync("subscribe.mjs", server.WebSocketUrl.ToString(), server.ViewerKey,
            "subscription { runsChanged(projectId: \"watched\") { runId projectId status version } }", "{}", "3");

        var started = new List<string>();
        for (var i = 0; i < 50 && !subscriber.IsCompleted; i++)
        {
            started.Add(await TestRuns.StartGatedAsync(server, "watched"));
            await Task.WhenAny(subscriber, Task.Delay(200));
        }

        var output = await subscriber;
        Assert.False(output.TryGetProperty("error", out var error), error.ToString());
        var runs = output.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("data").GetProperty("runsChanged")).ToList();
        Assert.Equal(3, runs.Count);
        Assert.All(runs, run => Assert.Equal("watched", run.GetProperty("projectId").GetString()));
        Assert.All(runs, run => Assert.Contains(run.GetProperty("runId").GetString(), started));
    }

    [Fact]
    public async Task streamEvents_replays_a_stream_from_a_version_in_order()
    {
        var runId = await TestRuns.StartGatedAsync(server);
        var output = await NodeScripts.ScriptAsync("subscribe.mjs", server.WebSocketUrl.ToString(), server.ViewerKey,
            "subscription ($s: String!) { streamEvents(stream: $s, fromVersion: 2) { version type } }", $$"""{"s": "run-{{runId}}"}""", "3");

        Assert.False(output.TryGetProperty("error", out var error), error.ToString());
        var events = output.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("data").GetProperty("streamEvents")).ToList();
        Assert.Equal([2L, 3L, 4L], events.Select(e => e.GetProperty("version").GetInt64()));
        Assert.Equal(["run.started.v1", "run.step-queued.v1", "run.step-started.v1"], events.Select(e => e.GetProperty("type").GetString()));
    }
}
