using System.Net.Http.Headers;
using System.Text;
using EventAgents.GraphQL.Tests.Support;

namespace EventAgents.GraphQL.Tests;

/// <summary>Whatever a client sends, the answer is a GraphQL response (an error naming the problem, or null for an unknown id), never a 500.</summary>
public sealed class MalformedInputTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static TheoryData<string> Bodies() => new()
    {
        "{",
        "[]",
        "{\"query\": 5}",
        "{\"query\": \"{ runs { edges { node { nope } } } }\"}",
        "{\"query\": \"{ run(id: 5) { runId } }\"}",
        "{\"query\": \"{ run(id: \\\"\\\") { runId } }\"}",
        "{\"query\": \"{ node(id: \\\"%%%\\\") { id } }\"}",
        "{\"query\": \"{ node(id: \\\"VGFzazpubyBzbGFzaA==\\\") { id } }\"}",
        "{\"query\": \"{ streamEvents(stream: \\\"\\\") { nodes { version } } }\"}",
        "{\"query\": \"{ streamEvents(stream: \\\"no-such-stream\\\", after: \\\"x\\\") { nodes { version } verification { valid } } }\"}",
        "{\"query\": \"{ runs(first: -1) { edges { cursor } } }\"}",
        "{\"query\": \"{ runs(status: SIDEWAYS) { edges { cursor } } }\"}",
        "{\"query\": \"{ tasks(status: DONE, boardId: \\\"\\\", assignee: \\\"\\\") { nodes { taskId } } }\"}",
        "{\"query\": \"mutation { startRun(input: {pipelineId: \\\"\\\", projectId: \\\"\\\"}) { errors { code } } }\"}",
        "{\"query\": \"mutation { startRun(input: {pipelineId: \\\"x\\\", projectId: \\\"y\\\", inputs: [1, 2]}) { errors { code } } }\"}",
        "{\"query\": \"mutation { pauseRun(input: {runId: \\\"x\\\", expectedVersion: -5}) { errors { code } } }\"}",
        "{\"query\": \"mutation ($i: PauseRunInput!) { pauseRun(input: $i) { errors { code } } }\", \"variables\": {\"i\": {\"runId\": [1]}}}",
        "{\"query\": \"subscription { runChanged(runId: \\\"x\\\") { version } }\"}",
        "{\"query\": \"" + new string('{', 5000) + "\"}",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_malformed_request_is_answered_with_an_error_and_never_a_500(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.GraphQLUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.AdminKey);
        using var response = await server.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is 200 or 400 or 405 or 413, $"HTTP {(int)response.StatusCode}: {text}");
        Assert.True(text.Contains("\"errors\"", StringComparison.Ordinal) || text.Contains("\"data\"", StringComparison.Ordinal), text);
        Assert.DoesNotContain("Unexpected error", text, StringComparison.Ordinal);
    }
}
