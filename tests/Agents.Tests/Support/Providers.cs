namespace EventAgents.Agents.Tests.Support;

/// <summary>llm.json texts for the tests.</summary>
public static class Providers
{
    /// <summary>An OpenAI-compatible provider named <c>fake</c> at <paramref name="apiUrl"/>, its key in <paramref name="keyVariable"/>.</summary>
    public static string Fake(Uri apiUrl, string keyVariable) => $$$"""
        {
          "providers": {"fake": {"kind": "openai-compatible", "base_url": "{{{apiUrl}}}", "api_key": "env:{{{keyVariable}}}", "max_retries": 0}},
          "prices": {"fake/gpt-test": {"input": 2, "output": 8}}
        }
        """;

    /// <summary>A fresh value that looks like a secret and appears nowhere else.</summary>
    public static string NewSecret(string prefix) => prefix + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N")[..8];
}
