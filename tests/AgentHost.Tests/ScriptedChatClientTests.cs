using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Models;
using EventAgents.Platform.Llm.Scripted;
using Microsoft.Extensions.AI;

namespace EventAgents.AgentHost.Tests;

public sealed class ScriptedChatClientTests
{
    [Fact]
    public async Task Plays_its_turns_in_order_then_answers_with_text_only()
    {
        using var client = new ScriptedChatClient([ScriptedTurn.Say("thinking"), ScriptedTurn.Call("complete_step", new { result = "pass" })]);

        var first = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "go")]);
        var second = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "go")]);
        var third = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "go")]);

        Assert.Equal("thinking", first.Text);
        Assert.Empty(first.Messages.SelectMany(message => message.Contents).OfType<FunctionCallContent>());
        var call = Assert.Single(second.Messages.SelectMany(message => message.Contents).OfType<FunctionCallContent>());
        Assert.Equal(("complete_step", "call-2"), (call.Name, call.CallId));
        Assert.Equal("pass", call.Arguments!["result"]!.ToString());
        Assert.Equal(ChatFinishReason.ToolCalls, second.FinishReason);
        Assert.Equal(ScriptedChatClient.EndOfScript, third.Text);
        Assert.Equal(3, client.Played);
    }

    [Fact]
    public async Task Streams_the_same_turns()
    {
        using var client = new ScriptedChatClient([ScriptedTurn.Call("read_file", new { path = "a" })]);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "go")]))
        {
            updates.Add(update);
        }

        Assert.Single(updates.SelectMany(update => update.Contents).OfType<FunctionCallContent>());
    }

    [Fact]
    public void The_step_configuration_gives_the_script_in_snake_case()
    {
        var configuration = StepConfiguration.Parse("""
            {"prompt": "Fix it", "model": "scripted", "max_turns": 7, "command_timeout_seconds": 5,
             "script": [{"tool": "write_file", "args": {"path": "a.txt", "content": "x"}}, {"text": "done"}, {"tool": "complete_step", "args": {"result": "pass"}}]}
            """);

        Assert.Equal(("Fix it", 7, 5), (configuration.Prompt, configuration.MaxTurns, configuration.CommandTimeoutSeconds));
        Assert.Equal(3, configuration.Script!.Count);
        Assert.Equal("a.txt", configuration.Script[0].Args!.Value.GetProperty("path").GetString());
        Assert.Equal("done", configuration.Script[1].Text);
        using var client = ChatClients.Create(configuration);
        Assert.NotNull(client.GetService<ScriptedChatClient>());
    }

    [Theory]
    [InlineData("""{"model": "scripted"}""")]
    [InlineData("""{"prompt": "p", "model": "scripted", "max_turns": 0}""")]
    [InlineData("not json")]
    public void A_bad_step_configuration_is_refused(string json) =>
        Assert.Throws<InvalidDataException>(() => StepConfiguration.Parse(json));

    [Fact]
    public void An_unknown_model_is_refused() =>
        Assert.Throws<InvalidDataException>(() => ChatClients.Create(StepConfiguration.Parse("""{"prompt": "p", "model": "gpt-9"}""")));
}
