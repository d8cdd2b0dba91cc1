using EventAgents.AgentHost.Tests.Support;
using EventAgents.Tests.Support;

namespace EventAgents.AgentHost.Tests;

public sealed class ParallelToolsTests : IAsyncLifetime
{
    private readonly TempGitRepository repository = new();
    private FakeOpenAIServer server = null!;

    public async Task InitializeAsync() => server = await FakeOpenAIServer.StartAsync(ModelAgent.Key);

    [Fact]
    public async Task Several_calls_in_one_turn_all_run_and_come_back_in_the_order_asked()
    {
        server.Enqueue(
            new FakeAnswer("Looking around.",
            [
                ("c1", "read_file", """{"path":"README.md"}"""),
                ("c2", "list", "{}"),
                ("c3", "write_file", """{"path":"a.txt","content":"A"}"""),
                ("c4", "read_file", """{"path":"a.txt"}"""),
                ("c5", "grep", """{"pattern":"test"}"""),
            ]),
            new FakeAnswer(null, [("c6", "complete_step", """{"result":"pass"}""")]));

        var (outcome, reports) = await ModelAgent.RunAsync(repository.Path, server);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(["read_file", "list", "write_file", "read_file", "grep", "complete_step"], reports.ToolCalls.Select(call => call.Tool));
        Assert.Equal([1, 2, 3, 4, 5, 6], reports.ToolReports.Select(call => call.Sequence));
        Assert.Equal("A", reports.ToolReports.ElementAt(3).Result);
        var second = server.Requests.ElementAt(1).GetProperty("messages").EnumerateArray().ToList();
        var toolMessages = second.Where(message => message.GetProperty("role").GetString() == "tool").ToList();
        Assert.Equal(["c1", "c2", "c3", "c4", "c5"], toolMessages.Select(message => message.GetProperty("tool_call_id").GetString()));
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        repository.Dispose();
    }
}
