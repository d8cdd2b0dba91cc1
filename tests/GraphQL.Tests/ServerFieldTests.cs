using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.GraphQL.Tests.Support;
using EventAgents.Platform.GraphQL.Execution;

namespace EventAgents.GraphQL.Tests;

/// <summary><c>server</c> shows what the host hands the API: the runner's warning when steps run unsandboxed, an error while there is no runner yet.</summary>
public sealed class ServerFieldTests
{
    private static readonly ApiPrincipal Viewer = new("k1", "watcher", Role.Viewer);

    [Fact]
    public async Task An_unsandboxed_runner_answers_with_its_warning()
    {
        var result = await ExecuteAsync(() => new ServerInfo("unsafe-local", "none", "Steps run without a sandbox."), Viewer);

        Assert.Null(result.Errors);
        Assert.Equal("""{"data":{"server":{"runner":"unsafe-local","isolation":"none","warning":"Steps run without a sandbox."}}}""", result.ToJson());
    }

    [Fact]
    public async Task Before_the_runner_exists_the_field_fails_with_unavailable_and_without_a_key_it_is_refused()
    {
        var starting = await ExecuteAsync(() => null, Viewer);
        Assert.Equal("UNAVAILABLE", starting.Errors![0].Extensions!["code"]);

        var anonymous = await ExecuteAsync(() => new ServerInfo("local", "bubblewrap sandbox", null), null);
        Assert.Equal("UNAUTHENTICATED", anonymous.Errors![0].Extensions!["code"]);
    }

    private static ValueTask<ExecutionResult> ExecuteAsync(Func<ServerInfo?> server, ApiPrincipal? caller) =>
        ProductSchema.Executor(ProductSchema.Build(OfflineApi.Create(server)))
            .ExecuteAsync(new ExecutionRequest("{ server { runner isolation warning } }") { UserContext = caller });
}
