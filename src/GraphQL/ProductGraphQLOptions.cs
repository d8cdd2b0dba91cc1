using EventAgents.GraphQL.Common;

namespace EventAgents.GraphQL;

/// <summary>What the host tells the GraphQL API about itself.</summary>
public sealed class ProductGraphQLOptions
{
    /// <summary>How the host runs steps, for <c>Query.server</c>; null while it has no step runner yet (the API is up before it).</summary>
    public Func<ServerInfo?> Server { get; set; } = () => null;
}
