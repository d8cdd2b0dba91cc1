using EventAgents.Platform.Llm.Tests.Support;
using EventAgents.Platform.Llm.Usage;
using Microsoft.Extensions.AI;

namespace EventAgents.Platform.Llm.Tests;

public sealed class UsageMeteringTests
{
    private const string Key = "sk-usage";

    private static readonly PriceTable Prices = new(new Dictionary<string, ModelPrice>
    {
        ["local/qwen3:8b"] = new(2.5m, 10m, 1.25m),
        ["qwen3:8b"] = new(99m, 99m),
    });

    [Fact]
    public void The_cost_counts_cached_input_at_its_own_price_and_per_million_tokens()
    {
        var price = new ModelPrice(InputPerMillion: 3m, OutputPerMillion: 15m, CachedInputPerMillion: 0.3m);

        Assert.Equal(0.00855m, price.CostOf(inputTokens: 2000, cachedInputTokens: 1000, outputTokens: 350));
        Assert.Equal(18m, price.CostOf(1_000_000, 0, 1_000_000));
        Assert.Equal(6m, new ModelPrice(6m, 0m).CostOf(1_000_000, 400_000, 0));
    }

    [Fact]
    public void A_provider_specific_price_wins_over_the_bare_model()
    {
        Assert.Equal(2.5m, Prices.Find("local", "qwen3:8b")!.InputPerMillion);
        Assert.Equal(99m, Prices.Find("other", "qwen3:8b")!.InputPerMillion);
        Assert.Null(Prices.Find("local", "unknown"));
    }

    [Fact]
    public async Task Every_call_streamed_or_not_is_recorded_with_its_tokens_and_cost()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Say("one", new FakeUsage(1000, 500, Cached: 200)), FakeReply.Say("two", new FakeUsage(3000, 100)));
        var ledger = new UsageLedger();
        var seen = new List<ModelCall>();
        ledger.CallRecorded += (_, call) => seen.Add(call);
        using var client = TestProviders.Registry(TestProviders.OpenAICompatible(server), Key, Prices).CreateChatClient("local", ledger);

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "first")]);
        await TestProviders.StreamAsync(client, [new ChatMessage(ChatRole.User, "second")]);

        var first = new ModelCall("local", "qwen3:8b", 1000, 200, 500, (800 * 2.5m + 200 * 1.25m + 500 * 10m) / 1_000_000m, Streamed: false, UsageReported: true);
        var second = new ModelCall("local", "qwen3:8b", 3000, 0, 100, (3000 * 2.5m + 100 * 10m) / 1_000_000m, Streamed: true, UsageReported: true);
        Assert.Equal([first, second], seen);
        Assert.Equal(new UsageTotals(2, 4000, 200, 600, first.CostUsd!.Value + second.CostUsd!.Value, 0), ledger.Totals);
        Assert.Equal("2 model calls, 4000 input tokens (200 cached), 600 output tokens, $0.015750", UsageSummary.Describe(ledger.Totals));
    }

    [Fact]
    public async Task A_model_without_a_price_is_counted_as_unpriced()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Say("hi", new FakeUsage(10, 2)));
        var ledger = new UsageLedger();
        using var client = TestProviders.Registry(TestProviders.OpenAICompatible(server), Key, Prices).CreateChatClient("local/mystery-model", ledger);

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal(new UsageTotals(1, 10, 0, 2, 0m, 1), ledger.Totals);
        Assert.Contains("plus 1 unpriced calls", UsageSummary.Describe(ledger.Totals), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_abandoned_before_its_usage_is_still_recorded_as_a_call_without_usage()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Say("a long answer that the caller stops reading early"));
        var ledger = new UsageLedger();
        using var client = TestProviders.Registry(TestProviders.OpenAICompatible(server), Key, Prices).CreateChatClient("local", ledger);

        await foreach (var update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "go")]))
        {
            break;
        }

        var totals = ledger.Totals;
        Assert.Equal((1L, 0L), (totals.Calls, totals.InputTokens));
    }

    [Fact]
    public async Task A_failed_call_records_nothing()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Error(500, "server_error", "boom"));
        var ledger = new UsageLedger();
        using var client = TestProviders.Registry(TestProviders.OpenAICompatible(server), Key, Prices).CreateChatClient("local", ledger);

        await Assert.ThrowsAsync<EventAgents.Platform.Llm.Errors.ModelProviderException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.Equal(UsageTotals.None, ledger.Totals);
    }
}
