using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace EventAgents.Platform.Llm.Usage;

/// <summary>
/// Records every call's tokens and cost in a <see cref="UsageLedger"/>. A streamed call is recorded when its stream
/// ends (usage arrives in the last chunk), or when the caller stops reading it, with what had arrived by then.
/// </summary>
public sealed class UsageMeteringChatClient(IChatClient inner, string provider, string defaultModel, PriceTable prices, UsageLedger ledger)
    : DelegatingChatClient(inner)
{
    /// <summary>The ledger the calls are recorded in.</summary>
    public UsageLedger Ledger => ledger;

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        ledger.Record(Call(options, response.Usage, streamed: false));
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        UsageDetails? usage = null;
        var started = false;
        try
        {
            await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                started = true;
                foreach (var content in update.Contents.OfType<UsageContent>())
                {
                    usage ??= new UsageDetails();
                    usage.Add(content.Details);
                }

                yield return update;
            }
        }
        finally
        {
            if (started)
            {
                ledger.Record(Call(options, usage, streamed: true));
            }
        }
    }

    private ModelCall Call(ChatOptions? options, UsageDetails? usage, bool streamed)
    {
        var model = options?.ModelId ?? defaultModel;
        var input = usage?.InputTokenCount ?? 0;
        var cached = usage?.CachedInputTokenCount ?? 0;
        var output = usage?.OutputTokenCount ?? 0;
        var cost = prices.Find(provider, model)?.CostOf(input, cached, output);
        return new ModelCall(provider, model, input, cached, output, cost, streamed, usage is not null);
    }
}
