using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace EventAgents.Platform.Llm.Scripted;

/// <summary>
/// A deterministic model for tests and the offline demo: each request gets the next turn of its script
/// (text and one tool call); once the script is played it answers with text and no tool call.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    /// <summary>The text the client answers with once its script has been played.</summary>
    public const string EndOfScript = "The script has ended.";

    private readonly IReadOnlyList<ScriptedTurn> script;
    private int played;

    /// <summary>Creates a client that plays <paramref name="script"/> in order.</summary>
    public ScriptedChatClient(IEnumerable<ScriptedTurn> script)
    {
        ArgumentNullException.ThrowIfNull(script);
        this.script = [.. script];
    }

    /// <summary>How many turns have been played.</summary>
    public int Played => Volatile.Read(ref played);

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var index = Interlocked.Increment(ref played) - 1;
        if (index >= script.Count)
        {
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, EndOfScript)) { FinishReason = ChatFinishReason.Stop });
        }

        var turn = script[index];
        var contents = new List<AIContent>();
        if (turn.Text is { } text)
        {
            contents.Add(new TextContent(text));
        }

        if (turn.Tool is { } tool)
        {
            contents.Add(new FunctionCallContent($"call-{index + 1}", tool, Arguments(turn.Args)));
        }

        var finish = turn.Tool is null ? ChatFinishReason.Stop : ChatFinishReason.ToolCalls;
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, contents)) { FinishReason = finish });
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType?.IsInstanceOfType(this) == true ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static Dictionary<string, object?> Arguments(JsonElement? args) =>
        args is { ValueKind: JsonValueKind.Object } json
            ? json.EnumerateObject().ToDictionary(property => property.Name, property => (object?)property.Value.Clone(), StringComparer.Ordinal)
            : [];
}
