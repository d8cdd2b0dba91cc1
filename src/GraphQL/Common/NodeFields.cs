using EventAgents.GraphQL.Auth;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.GraphQL.Common;

/// <summary><c>node(id)</c> for any global id, and <c>viewer</c> (the caller's key).</summary>
public static class NodeFields
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        schema.Enum<Role>();
        schema.Object("Viewer", t => t.ClrType<ApiPrincipal>()
            .Description("The API key of the request.")
            .Field("keyId", "ID!")
            .Field("name", "String!")
            .Field("role", "Role!"));
        schema.Object("Query", q => q
            .Field("node", "Node", f => f.Description("Any object by its global id.").Argument("id", "ID!").ResolveAsync(c => NodeAsync(c, api)))
            .Field("viewer", "Viewer!", c => c.Require(Role.Viewer)));
    }

    private static async Task<object?> NodeAsync(ResolveContext c, ProductApi api)
    {
        if (GlobalId.Parse(c.GetArgument<string>("id")) is not var (type, id))
        {
            return null;
        }

        return type switch
        {
            "Run" => await Loaders.Run(c, api, id).ConfigureAwait(false),
            "Project" => await Loaders.Project(c, api, id).ConfigureAwait(false),
            "Agent" => await Loaders.Agent(c, api, id).ConfigureAwait(false),
            "Pipeline" => await Loaders.Pipeline(c, api, id).ConfigureAwait(false),
            "Board" => await Loaders.Board(c, api, id).ConfigureAwait(false),
            "Task" when id.Split('/', 2) is [var board, var task] => await Loaders.Task(c, api, board, task).ConfigureAwait(false),
            "ChatSession" => await Loaders.ChatSession(c, api, id).ConfigureAwait(false),
            _ => null,
        };
    }
}
