using EventAgents.Domain.Chats;
using EventAgents.GraphQL.Catalog;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Projections.Chats;

namespace EventAgents.GraphQL.Chats;

/// <summary>Chat sessions and their messages: types and queries.</summary>
public static class ChatTypes
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        schema.Enum<ChatAuthor>();
        schema.Object("ChatSession", t => t.ClrType<ChatSessionRow>().Implements("Node")
            .Field("id", "ID!", c => GlobalId.Of("ChatSession", ((ChatSessionRow)c.Source!).SessionId))
            .Field("sessionId", "ID!").Field("agentId", "ID!").Field("userId", "String!").Field("projectId", "ID")
            .Field("agent", "Agent", f => f.ResolveAsync(c => Loaders.Agent(c, api, ((ChatSessionRow)c.Source!).AgentId)))
            .Field("ended", "Boolean!").Field("endedBy", "String").Field("messageCount", "Int!")
            .Field("startedAt", "DateTime!").Field("updatedAt", "DateTime!")
            .Field("messages", "ChatMessageConnection!", f => f.PagingArguments()
                .ResolveAsync(c => CatalogTypes.List(c, (first, after, ct) => api.Chats.MessagesAsync(((ChatSessionRow)c.Source!).SessionId, first, after, ct)))));
        schema.Object("ChatMessage", t => t.ClrType<ChatMessageRow>()
            .Field("messageId", "ID!").Field("author", "ChatAuthor!").Field("authorId", "String!").Field("text", "String!").Field("at", "DateTime!"));
        Paging.AddConnection(schema, "ChatSession");
        Paging.AddConnection(schema, "ChatMessage");
        schema.Object("Query", q => q
            .Field("chatSession", "ChatSession", f => f.Argument("id", "ID!")
                .ResolveAsync(c => Loaders.ChatSession(c, api, GlobalId.Local("ChatSession", c.GetArgument<string>("id")!))))
            .Field("chatSessions", "ChatSessionConnection!", f => f.PagingArguments().Argument("agentId", "ID").Argument("userId", "String")
                .ResolveAsync(c => CatalogTypes.List(c, (first, after, ct) => api.Chats.ListSessionsAsync(c.GetArgument<string>("agentId"), c.GetArgument<string>("userId"), first, after, ct)))));
    }
}
