using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EventAgents.Platform.GraphQL.AspNetCore;

/// <summary>Maps a GraphQL endpoint: GraphQL over HTTP (GET, POST), GraphQL over SSE, <c>graphql-transport-ws</c>
/// WebSockets and, in development, a query page, all at one path.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Maps the endpoint for an executor (which owns the document cache).</summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints, string path, GraphQLExecutor executor, Action<GraphQLEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(executor);
        var services = endpoints.ServiceProvider;
        var options = new GraphQLEndpointOptions { TimeProvider = services.GetService<TimeProvider>() ?? TimeProvider.System };
        configure?.Invoke(options);
        var queryPage = options.EnableGraphiQL ?? services.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;
        var endpoint = new GraphQLEndpoint(executor, options, queryPage);
        var pipeline = endpoints.CreateApplicationBuilder().UseWebSockets();
        pipeline.Run(endpoint.HandleAsync);
        return endpoints.Map(path, pipeline.Build()).WithDisplayName("GraphQL " + path);
    }

    /// <summary>Maps the endpoint for a schema with a new executor.</summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints, string path, GraphQLSchema schema, Action<GraphQLEndpointOptions>? configure = null) =>
        endpoints.MapGraphQL(path, new GraphQLExecutor(schema), configure);

    /// <summary>Maps the endpoint for the <see cref="GraphQLExecutor"/> registered in the services.</summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints, string path, Action<GraphQLEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGraphQL(path, endpoints.ServiceProvider.GetRequiredService<GraphQLExecutor>(), configure);
    }
}
