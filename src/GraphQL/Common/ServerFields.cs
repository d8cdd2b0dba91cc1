using EventAgents.GraphQL.Auth;
using EventAgents.Platform.GraphQL;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.GraphQL.Common;

/// <summary>How this server runs steps, as the dashboard shows it.</summary>
/// <param name="Runner">The <c>EVENTAGENTS_RUNNER</c> value in effect.</param>
/// <param name="Isolation">What keeps a step from the server.</param>
/// <param name="Warning">Set when steps are not isolated from the server.</param>
public sealed record ServerInfo(string Runner, string Isolation, string? Warning);

/// <summary><c>server</c>: how this server runs steps (any key), so the dashboard can warn when they run without isolation.</summary>
public static class ServerFields
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        schema.Object("Server", t => t.ClrType<ServerInfo>()
            .Description("This server.")
            .Field("runner", "String!", f => f.Description("Where steps run: the EVENTAGENTS_RUNNER in effect (local, docker, unsafe-local)."))
            .Field("isolation", "String!", f => f.Description("What keeps a step from the server."))
            .Field("warning", "String", f => f.Description("Why steps are unsafe here; null when they are isolated.")));
        schema.Object("Query", q => q.Field("server", "Server!", f => f
            .Description("How this server runs steps.")
            .Resolve(c =>
            {
                c.Require(Role.Viewer);
                return api.Server() ?? throw new GraphQLException(
                    "The server is still starting its step runner; ask again shortly.", new Dictionary<string, object?> { ["code"] = "UNAVAILABLE" });
            })));
    }
}
