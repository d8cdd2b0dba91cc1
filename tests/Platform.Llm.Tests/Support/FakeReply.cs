namespace EventAgents.Platform.Llm.Tests.Support;

/// <summary>One tool call a fake model makes, with its arguments as JSON text.</summary>
public sealed record FakeToolCall(string Id, string Name, string ArgumentsJson);

/// <summary>Token counts a fake model reports; <paramref name="Cached"/> is part of <paramref name="Input"/>.</summary>
public sealed record FakeUsage(int Input, int Output, int Cached = 0);

/// <summary>
/// What a fake model server answers to the next request, rendered in its provider's wire format (a JSON body, or
/// server-sent events when the request asked to stream): text and tool calls, an error status, or no answer at all.
/// </summary>
public sealed record FakeReply
{
    public string? Text { get; init; }

    public IReadOnlyList<FakeToolCall> ToolCalls { get; init; } = [];

    public FakeUsage Usage { get; init; } = new(10, 5);

    public int? ErrorStatus { get; init; }

    public string? ErrorType { get; init; }

    public string? ErrorMessage { get; init; }

    public string? RetryAfter { get; init; }

    /// <summary>A stream that starts well and then carries this error event (Anthropic's <c>overloaded_error</c>, say).</summary>
    public string? StreamErrorType { get; init; }

    /// <summary>Sends the start of its answer (streaming) or nothing, then waits until the client gives up.</summary>
    public bool Hang { get; init; }

    /// <summary>Like <see cref="Hang"/>, but the server drops the connection instead of waiting.</summary>
    public bool Drop { get; init; }

    public static FakeReply Say(string text, FakeUsage? usage = null) => new() { Text = text, Usage = usage ?? new(10, 5) };

    public static FakeReply Call(params FakeToolCall[] calls) => new() { ToolCalls = calls };

    public static FakeReply Error(int status, string type, string message, string? retryAfter = null) =>
        new() { ErrorStatus = status, ErrorType = type, ErrorMessage = message, RetryAfter = retryAfter };

    public static FakeReply Hanging() => new() { Text = "Thinking", Hang = true };

    public static FakeReply Dropping() => new() { Text = "Thinking", Hang = true, Drop = true };
}
