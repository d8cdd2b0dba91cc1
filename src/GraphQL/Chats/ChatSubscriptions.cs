using EventAgents.Application.Chats.Replying;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.GraphQL.Chats;

/// <summary><c>chatReplyStream(sessionId)</c>: the agent's replies in a session piece by piece, as the model writes them.</summary>
public static class ChatSubscriptions
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        schema.Object("ChatReplyPiece", t => t.ClrType<ChatReplyChunk>()
            .Description("A piece of an agent's reply; the last one (final) carries the whole reply as recorded, or the error that kept the agent from answering.")
            .Field("sessionId", "ID!").Field("inReplyTo", "ID!").Field("messageId", "ID!").Field("sequence", "Int!").Field("text", "String!")
            .Field("final", "Boolean!", c => ((ChatReplyChunk)c.Source!).IsFinal).Field("error", "String"));
        schema.Object("Subscription", s => s.Field("chatReplyStream", "ChatReplyPiece!", f => f
            .Description("The pieces of every reply in the session from now on (earlier replies are in the session's messages).")
            .Argument("sessionId", "ID!")
            .Subscribe(c =>
            {
                c.Require(Role.Viewer);
                return api.ChatReplies.SubscribeAsync(GlobalId.Local("ChatSession", c.GetArgument<string>("sessionId")!), c.CancellationToken);
            })));
    }
}
