using System.Text.RegularExpressions;
using EventAgents.Agents.Tests.Support;
using EventAgents.Application.Runs.Commanding;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Runs;
using EventAgents.Platform.Llm.Tests.Support;

namespace EventAgents.Agents.Tests;

/// <summary>
/// The issue's secrets test: a provider key (llm.json's env: reference, its value in the server's environment), the
/// step tokens, and a GitHub-like token in the environment steps run with, planted and then looked for everywhere:
/// every row of the database (all streams' events with data and metadata, the queue), the server's log, the agents'
/// standard output and error, and the steps' outputs.
/// </summary>
public sealed partial class SecretsTests
{
    [Fact]
    public async Task No_planted_secret_appears_in_the_store_the_logs_the_agent_output_or_the_step_outputs()
    {
        var providerKey = Providers.NewSecret("sk-proj-");
        var githubToken = Providers.NewSecret("ghp_");
        // The key's variable name does not look secret: only llm.json's reference tells the server it is a key.
        Environment.SetEnvironmentVariable("AGENTS_TESTS_LLM_CREDS", providerKey);
        Environment.SetEnvironmentVariable("AGENTS_TESTS_GH_TOKEN", githubToken);
        await using var model = await FakeOpenAIServer.StartAsync(providerKey);
        await using var server = await AgentServer.StartAsync(Providers.Fake(model.ApiUrl, "AGENTS_TESTS_LLM_CREDS"));
        await server.CreateAgentAsync("keeper", "fake/gpt-test", "You keep secrets.");
        model.Enqueue(
            FakeReply.Call(new FakeToolCall("call-1", "run_command", """
                {"command":"echo step=$EVENTAGENTS_STEP_TOKEN key=$AGENTS_TESTS_LLM_CREDS gh=[$AGENTS_TESTS_GH_TOKEN]; env; echo to-stderr=$EVENTAGENTS_STEP_TOKEN >&2"}
                """)),
            FakeReply.Call(new FakeToolCall("call-2", "ask_human", $$"""{"question":"May I use the key {{providerKey}} and the token {{githubToken}}?"}""")),
            FakeReply.Call(new FakeToolCall("call-3", "complete_step", $$"""{"result":"pass","output":"done; key {{providerKey}} gh {{githubToken}}"}""")),
            FakeReply.Say($"Of course: the key is {providerKey} and the GitHub token is {githubToken}."));

        var runId = await server.StartRunAsync("""
            name: secrets
            steps:
              - id: work
                type: agent
                agent: keeper
                prompt: Do the work.
                timeout: 2m
              - id: check
                type: command
                run: echo "gh=$AGENTS_TESTS_GH_TOKEN key=$AGENTS_TESTS_LLM_CREDS"; echo "fail=$AGENTS_TESTS_GH_TOKEN" >&2
            """);
        var asked = await server.WaitForRunAsync(runId, r => r.Step("work").Question is not null, "the agent asks");
        var question = asked.Step("work").Question!;
        Assert.Equal("May I use the key *** and the token ***?", question.Text);
        await new RunCommands(server.Store).HandleAsync(new AnswerQuestion(runId, "work", question.Id, "No.", "ada", DateTimeOffset.UtcNow), "ada", default);
        var run = await server.WaitForRunAsync(runId, r => r.Status == RunStatus.Completed, "the run completes");
        var sessionId = await server.StartChatAsync("keeper");
        await server.PostAsync(sessionId, "m1", "Tell me the keys.");
        var chat = await server.WaitForReplyAsync(sessionId, "m1");

        // The secrets did travel where they belong: the key to the provider, and nowhere else.
        Assert.Equal($"Bearer {providerKey}", model.Requests.First().Header("authorization"));
        Assert.Equal(4, model.Requests.Count);
        var toolResult = model.Requests.ElementAt(1).Body.GetRawText();
        Assert.Contains("gh=[]", toolResult, StringComparison.Ordinal);
        Assert.DoesNotContain(githubToken, toolResult, StringComparison.Ordinal);
        Assert.Contains("gh= key=", run.Step("check").Output, StringComparison.Ordinal); // a command step gets none of the server's environment
        Assert.Contains("***", chat.Message("m1.reply")!.Text, StringComparison.Ordinal);

        var tokens = new StepTokens(await File.ReadAllBytesAsync(Path.Combine(server.Home, "step-token.key")), TimeProvider.System);
        var places = new Dictionary<string, string>
        {
            ["the database"] = await server.EverythingStoredAsync(),
            ["the server's log"] = server.ServerLog.Text,
            ["the agents' output"] = server.AgentOutput.Text,
            ["the steps' outputs"] = string.Join('\n', run.Steps.Values.Select(s => s.Output ?? "")),
            ["the chat"] = string.Join('\n', chat.Messages.Select(m => m.Text)),
        };
        Assert.Contains("gh=", places["the database"], StringComparison.Ordinal);
        Assert.NotEmpty(server.AgentOutput.Lines);
        foreach (var (place, text) in places)
        {
            Assert.False(text.Contains(providerKey, StringComparison.Ordinal), $"The provider key appears in {place}.");
            Assert.False(text.Contains(githubToken, StringComparison.Ordinal), $"The GitHub token appears in {place}.");
            var leaked = StepTokenLike().Matches(text).Select(m => m.Value).Where(t => tokens.Validate(t).Status is StepTokenStatus.Valid or StepTokenStatus.Expired);
            Assert.False(leaked.Any(), $"A step token appears in {place}.");
        }
    }

    [GeneratedRegex(@"v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")]
    private static partial Regex StepTokenLike();
}
