namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>Produces a field's value. Complete synchronously by returning a value; return a task for asynchronous work.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);
