using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Chats;

namespace EventAgents.Application.Chats;

/// <summary>Where a chat session's events live (<c>chat-&lt;id&gt;</c>), and how they fold into its state.</summary>
public static class ChatStreams
{
    public const string Prefix = "chat-";

    /// <summary>The chat aggregate's storage, for <see cref="CommandHandler{TState, TEvent}"/>.</summary>
    public static AggregateStream<ChatSession> Aggregate { get; } = new(Id, ChatSession.Initial, Evolve);

    public static string Id(string sessionId) => Prefix + sessionId;

    /// <summary>Folds one stored event into the state; events of other kinds leave it as it is.</summary>
    public static ChatSession Evolve(ChatSession state, object e) => e is IChatEvent chatEvent ? ChatDecider.Evolve(state, chatEvent) : state;
}
