using EventAgents.Platform.Llm.Providers;
using EventAgents.Platform.Llm.Secrets;
using EventAgents.Platform.Llm.Usage;
using Microsoft.Extensions.AI;

namespace EventAgents.Platform.Llm.Tests.Support;

/// <summary>Registry-made clients pointed at the fake servers, their keys in a fake environment.</summary>
public static class TestProviders
{
    public const string KeyVariable = "TEST_MODEL_API_KEY";

    public static ProviderRegistry Registry(ProviderSettings provider, string? key, PriceTable? prices = null) =>
        new([provider], new EnvironmentSecrets(name => name == KeyVariable ? key : null), prices);

    public static ProviderSettings OpenAICompatible(FakeOpenAIServer server, bool withKey = true, int maxRetries = 0) =>
        new("local", ProviderKind.OpenAICompatible, server.ApiUrl, withKey ? new SecretReference("env", KeyVariable) : null, "qwen3:8b")
        {
            MaxRetries = maxRetries,
        };

    public static IChatClient OpenAIClient(FakeOpenAIServer server, UsageLedger? ledger = null, string? key = null, int maxRetries = 0) =>
        Registry(OpenAICompatible(server, maxRetries: maxRetries), key ?? server.ApiKey).CreateChatClient("local", ledger ?? new UsageLedger());

    public static async Task<List<ChatResponseUpdate>> StreamAsync(
        IChatClient client, IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken ct = default)
    {
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(messages, options, ct))
        {
            updates.Add(update);
        }

        return updates;
    }
}
