using EventAgents.Application.Agents;
using EventAgents.Application.Chats;
using EventAgents.Application.Chats.Commanding;
using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Chats;
using EventAgents.Engine.Models;
using EventAgents.Engine.Secrets;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Llm.Errors;
using EventAgents.Platform.Llm.Usage;
using EventAgents.Platform.Messaging;
using Microsoft.Extensions.AI;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace EventAgents.Engine.Chats;

/// <summary>
/// Answers a user's chat message: asks the agent's model with the agent's persona and the session's history up to the
/// message, streams the reply's pieces to <see cref="ChatReplies"/>, and records the whole reply with its usage. A
/// message already answered (a redelivery, a second node) is not answered again; a model that cannot answer (unknown
/// provider, refused call) gets its reason recorded as the reply, a transient failure is retried.
/// </summary>
public sealed class ChatResponder(EventStore store, ServerModels models, ChatReplies replies, SecretRedactor redactor, TimeProvider clock)
{
    private readonly ChatCommands _chats = new(store);

    public async Task<Outcome> HandleAsync(ChatReplyDue due, MessageContext context, CancellationToken ct)
    {
        var session = (await store.LoadAsync(ChatStreams.Id(due.SessionId), ChatSession.Initial, ChatStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        var replyId = ChatReplyIds.ReplyTo(due.MessageId);
        var index = session.Messages.FindIndex(m => m.MessageId == due.MessageId && m.Author == ChatAuthor.User);
        if (!session.Exists || session.IsEnded || index < 0 || session.Message(replyId) is not null)
        {
            return Outcome.None;
        }

        var agent = (await store.LoadAsync(AgentStreams.Id(session.AgentId), Agent.Initial, AgentStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        var reply = new ChatReply(replies, due.SessionId, due.MessageId, replyId, redactor);
        string text;
        ChatReplyUsage? usage = null;
        try
        {
            (text, usage) = await AskAsync(agent, session.Messages.Take(index + 1), reply, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException || e is ModelProviderException { IsTransient: false })
        {
            text = $"The agent could not answer: {redactor.Redact(e.Message)}";
            reply.Fail(text);
            return await RecordAsync(session, replyId, text, null, context, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            reply.Fail($"The agent could not answer yet: {redactor.Redact(e.Message)}");
            throw;
        }

        return await RecordAsync(session, replyId, text, usage, context, ct, reply).ConfigureAwait(false);
    }

    private async Task<(string Text, ChatReplyUsage Usage)> AskAsync(Agent agent, IEnumerable<EventAgents.Domain.Chats.ChatMessage> history, ChatReply reply, CancellationToken ct)
    {
        var model = agent.Exists ? agent.Model : ServerModels.Scripted;
        var ledger = new UsageLedger();
        using var client = CreateClient(model, ledger);
        var messages = new List<AiChatMessage>();
        if (agent.Exists && !string.IsNullOrWhiteSpace(agent.Persona))
        {
            messages.Add(new AiChatMessage(ChatRole.System, agent.Persona));
        }

        messages.AddRange(history.Select(m => new AiChatMessage(m.Author == ChatAuthor.User ? ChatRole.User : ChatRole.Assistant, m.Text)));
        await foreach (var update in client.GetStreamingResponseAsync(messages, cancellationToken: ct).ConfigureAwait(false))
        {
            if (!string.IsNullOrEmpty(update.Text))
            {
                reply.Add(update.Text);
            }
        }

        var totals = ledger.Totals;
        return (reply.Text, new ChatReplyUsage(model, totals.InputTokens, totals.CachedInputTokens, totals.OutputTokens, totals.UnpricedCalls > 0 ? null : totals.CostUsd));
    }

    /// <summary>The agent's model; the unconfigured <c>scripted</c> provider echoes the message, so chat works offline.</summary>
    private IChatClient CreateClient(string model, UsageLedger ledger)
    {
        var provider = model.Split('/', 2)[0].Trim();
        var configured = models.Configuration.Providers.Any(p => string.Equals(p.Name, provider, StringComparison.OrdinalIgnoreCase));
        return string.Equals(provider, ServerModels.Scripted, StringComparison.OrdinalIgnoreCase) && !configured
            ? new UsageMeteringChatClient(new EchoChatClient(), ServerModels.Scripted, model, models.Configuration.Prices, ledger)
            : models.CreateChatClient(model, [], ledger);
    }

    private async Task<Outcome> RecordAsync(
        ChatSession session, string replyId, string text, ChatReplyUsage? usage, MessageContext context, CancellationToken ct, ChatReply? reply = null)
    {
        var record = new RecordAgentMessage(session.Id, replyId, session.AgentId, text.Length == 0 ? "(no answer)" : text, clock.GetUtcNow(), usage);
        var result = await _chats.HandleAsync(record, new CommandContext(session.AgentId, CorrelationId: context.CorrelationId), ct).ConfigureAwait(false);
        if (result.Error is null)
        {
            reply?.Finish(record.Text);
        }

        return Outcome.None;
    }
}
