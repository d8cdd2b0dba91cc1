namespace EventAgents.AgentHost.Configuration;

/// <summary>Names of the environment variables through which a runner hands a step to the agent.</summary>
public static class AgentEnvironment
{
    /// <summary>Base URL of the API the agent reports to.</summary>
    public const string ServerUrl = "EVENTAGENTS_SERVER_URL";

    /// <summary>Path of the Unix socket that carries the connections to the server, when the agent runs in a sandbox.</summary>
    public const string ServerSocket = "EVENTAGENTS_SERVER_SOCKET";

    /// <summary>The Unix sockets that carry a sandboxed agent's connections to its model providers: <c>host:port=/path;…</c>.</summary>
    public const string EndpointSockets = "EVENTAGENTS_ENDPOINT_SOCKETS";

    /// <summary>The step token, sent as a Bearer token with every report.</summary>
    public const string StepToken = "EVENTAGENTS_STEP_TOKEN";

    /// <summary>Path of the JSON file with the step's configuration.</summary>
    public const string ConfigurationFile = "EVENTAGENTS_STEP_CONFIG";

    /// <summary>The run.</summary>
    public const string RunId = "EVENTAGENTS_RUN_ID";

    /// <summary>The step.</summary>
    public const string StepId = "EVENTAGENTS_STEP_ID";

    /// <summary>The attempt.</summary>
    public const string Attempt = "EVENTAGENTS_ATTEMPT";

    /// <summary>The workspace; the working directory when not given.</summary>
    public const string Workspace = "EVENTAGENTS_WORKSPACE";

    /// <summary>Path of a JSON file with the model providers and prices, used when the step configuration has no <c>llm</c>.</summary>
    public const string LlmConfiguration = "EVENTAGENTS_LLM_CONFIG";
}
