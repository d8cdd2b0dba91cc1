using EventAgents.Domain.Chats;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.GraphQL.Chats;

/// <summary>Chat mutations (operator): start a session with an agent, post a message, end it.</summary>
public static class ChatMutations
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        Mutations.Payload(schema, "ChatSessionPayload", "sessionId", "session", "ChatSession",
            async (c, p) => await ReadAfter.ChatSession(api, p, c.CancellationToken).ConfigureAwait(false));
        schema
            .InputObject("StartChatInput", t => t.Field("sessionId", "ID").Field("agentId", "ID!").Field("projectId", "ID"))
            .InputObject("PostChatMessageInput", t => t.Field("sessionId", "ID!").Field("messageId", "ID").Field("text", "String!").Field("expectedVersion", "Long"))
            .InputObject("EndChatInput", t => t.Field("sessionId", "ID!").Field("expectedVersion", "Long"));
        schema.Object("Mutation", m => m
            .Command("startChat", "StartChatInput", "ChatSessionPayload", Role.Operator, "Starts a chat session with an agent.", api, call =>
                Chat(api, call, new StartChatSession(call.Input.Text("sessionId") ?? "c-" + Guid.CreateVersion7().ToString("N"), call.Input.Required("agentId"),
                    call.Caller.Actor, call.Input.Text("projectId"), call.At)))
            .Command("postChatMessage", "PostChatMessageInput", "ChatSessionPayload", Role.Operator, "Posts the person's message to a session.", api, call =>
                Chat(api, call, new PostUserMessage(call.Input.Required("sessionId"), call.Input.Text("messageId") ?? "m-" + Guid.CreateVersion7().ToString("N"),
                    call.Caller.Actor, call.Input.Required("text"), call.At)))
            .Command("endChat", "EndChatInput", "ChatSessionPayload", Role.Operator, "Ends a session.", api, call =>
                Chat(api, call, new EndChatSession(call.Input.Required("sessionId"), call.Caller.Actor, call.At))));
    }

    private static async Task<CommandPayload> Chat(ProductApi api, Mutations.Call call, IChatCommand command) =>
        CommandPayload.From(command.SessionId, await api.ChatCommands.HandleAsync(command, call.Context, call.Ct).ConfigureAwait(false));
}
