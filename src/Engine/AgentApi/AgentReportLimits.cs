namespace EventAgents.Engine.AgentApi;

/// <summary>Size limits of the agent report API, in bytes of body and characters of fields.</summary>
public sealed record AgentReportLimits
{
    /// <summary>The largest request body.</summary>
    public int MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>The longest output chunk.</summary>
    public int MaxTextChars { get; init; } = 256 * 1024;

    /// <summary>The longest tool name.</summary>
    public int MaxToolNameChars { get; init; } = 100;

    /// <summary>The longest JSON of a tool call's arguments.</summary>
    public int MaxArgumentsChars { get; init; } = 128 * 1024;

    /// <summary>The longest summary of a tool's result.</summary>
    public int MaxResultSummaryChars { get; init; } = 16 * 1024;

    /// <summary>The longest step result.</summary>
    public int MaxResultChars { get; init; } = 200;

    /// <summary>The longest JSON of a step's output.</summary>
    public int MaxOutputChars { get; init; } = 512 * 1024;

    /// <summary>The longest model name.</summary>
    public int MaxModelChars { get; init; } = 200;

    /// <summary>The longest JSON of a model call's messages, each way.</summary>
    public int MaxMessagesChars { get; init; } = 256 * 1024;

    /// <summary>The longest budget limit name.</summary>
    public int MaxLimitChars { get; init; } = 40;

    /// <summary>The longest failure reason.</summary>
    public int MaxReasonChars { get; init; } = 8 * 1024;
}
