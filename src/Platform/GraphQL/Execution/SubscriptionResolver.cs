namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>Produces the source stream of a subscription root field; each event is then resolved like a query.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(ResolveContext context);
