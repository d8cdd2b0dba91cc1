using EventAgents.GraphQL.Tests.Support;

namespace EventAgents.GraphQL.Tests;

/// <summary>Relay connections: first/after walk a list once, newest first, filters apply, bad cursors are named.</summary>
public sealed class PaginationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Page = """
        query ($after: String, $projectId: ID) {
          runs(first: 2, after: $after, projectId: $projectId) {
            edges { cursor node { runId projectId } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task Pages_of_runs_cover_every_run_once_newest_first()
    {
        var started = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            started.Add(await TestRuns.StartGatedAsync(server, "paging"));
        }

        await TestRuns.StartGatedAsync(server, "elsewhere");
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var runs = (await server.DataAsync(Page, new { after, projectId = "paging" }, server.ViewerKey)).GetProperty("runs");
            var edges = runs.GetProperty("edges").EnumerateArray().ToList();
            var info = runs.GetProperty("pageInfo");
            Assert.All(edges, e => Assert.Equal("paging", e.GetProperty("node").GetProperty("projectId").GetString()));
            Assert.Equal(after is not null, info.GetProperty("hasPreviousPage").GetBoolean());
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), info.GetProperty("endCursor").GetString());
            seen.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("runId").GetString()!));
            pages++;
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(started), seen);
    }

    [Fact]
    public async Task A_cursor_from_elsewhere_or_a_page_too_large_is_a_clear_error()
    {
        var (status, body) = await server.PostAsync("""{ runs(after: "bm90IGEgY3Vyc29y") { edges { cursor } } }""", key: server.ViewerKey);
        Assert.Equal(200, status);
        Assert.Contains("is not a cursor of this list", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        var (_, tooMany) = await server.PostAsync("{ runs(first: 1000) { edges { cursor } } }", key: server.ViewerKey);
        Assert.Equal("first must be between 0 and 100, not 1000.", tooMany.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_run_is_found_by_its_global_id_through_node_and_its_stream_verifies()
    {
        var runId = await TestRuns.StartGatedAsync(server);
        var run = (await server.DataAsync("query ($id: ID!) { run(id: $id) { id stream } }", new { id = runId }, server.ViewerKey)).GetProperty("run");

        var node = (await server.DataAsync("query ($id: ID!) { node(id: $id) { __typename ... on Run { runId } } }", new { id = run.GetProperty("id").GetString() }, server.ViewerKey))
            .GetProperty("node");
        Assert.Equal(("Run", runId), (node.GetProperty("__typename").GetString(), node.GetProperty("runId").GetString()));

        var history = (await server.DataAsync(
            "query ($s: String!) { streamEvents(stream: $s, first: 2) { nodes { version type } pageInfo { hasNextPage } verification { valid eventsChecked } } }",
            new { s = run.GetProperty("stream").GetString() }, server.ViewerKey)).GetProperty("streamEvents");
        Assert.Equal([1L, 2L], history.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("version").GetInt64()));
        Assert.Equal("run.requested.v1", history.GetProperty("nodes")[0].GetProperty("type").GetString());
        Assert.True(history.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(history.GetProperty("verification").GetProperty("valid").GetBoolean());
        Assert.True(history.GetProperty("verification").GetProperty("eventsChecked").GetInt64() >= 5);
    }
}
