namespace EventAgents.GraphQL.Auth;

/// <summary>What an API key may do; each role includes the ones below it.</summary>
public enum Role
{
    /// <summary>Queries and subscriptions.</summary>
    Viewer = 1,

    /// <summary>Also run, task and chat mutations.</summary>
    Operator = 2,

    /// <summary>Also pipelines, projects, agents, boards and API keys.</summary>
    Admin = 3,
}

/// <summary>The caller of a request, known by its API key.</summary>
public sealed record ApiPrincipal(string KeyId, string Name, Role Role)
{
    /// <summary>The actor stamped on the events a mutation appends.</summary>
    public string Actor => "key:" + Name;
}

/// <summary>An API key as listed (never the key itself).</summary>
public sealed record ApiKeyInfo(string KeyId, string Name, Role Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
