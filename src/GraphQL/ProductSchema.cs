using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Boards;
using EventAgents.GraphQL.Catalog;
using EventAgents.GraphQL.Chats;
using EventAgents.GraphQL.Common;
using EventAgents.GraphQL.Runs;
using EventAgents.GraphQL.Streams;
using EventAgents.Platform.GraphQL;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.GraphQL;

/// <summary>The product's GraphQL schema: queries over the read models, mutations that send commands, subscriptions from the event store.</summary>
public static class ProductSchema
{
    public static GraphQLSchema Build(ProductApi api)
    {
        var schema = new SchemaBuilder()
            .Description("EventAgents: pipeline runs, projects, agents, boards and chat, event-sourced.")
            .Scalar(ScalarType.Long).Scalar(ScalarType.DateTime).Scalar(ScalarType.Json);
        schema.Object("Query", _ => { }).Object("Mutation", _ => { }).Object("Subscription", _ => { });
        schema.Interface("Node", t => t.Description("An object with a global id (Relay).").Field("id", "ID!"));
        Paging.AddPageInfo(schema);
        UserErrors.Add(schema);
        NodeFields.Add(schema, api);
        RunTypes.Add(schema, api);
        RunFields.Add(schema, api);
        RunMutations.Add(schema, api);
        RunSubscriptions.Add(schema, api);
        CatalogTypes.Add(schema, api);
        CatalogMutations.Add(schema, api);
        BoardTypes.Add(schema, api);
        BoardMutations.Add(schema, api);
        BoardSubscriptions.Add(schema, api);
        ChatSubscriptions.Add(schema, api);
        ChatTypes.Add(schema, api);
        ChatMutations.Add(schema, api);
        StreamFields.Add(schema, api);
        ApiKeyFields.Add(schema, api);
        ServerFields.Add(schema, api);
        return schema.Build();
    }

    /// <summary>The executor with the product's limits; unexpected resolver exceptions reach clients as a generic message.</summary>
    public static GraphQLExecutor Executor(GraphQLSchema schema, Action<Exception>? log = null) => new(schema, new ExecutorOptions
    {
        ErrorFilter = (exception, error) =>
        {
            log?.Invoke(exception);
            return error with { Message = "Unexpected error while resolving this field.", Extensions = new Dictionary<string, object?> { ["code"] = "INTERNAL" } };
        },
    });
}
