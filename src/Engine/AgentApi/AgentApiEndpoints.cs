using EventAgents.Engine.Secrets;
using EventAgents.Platform.EventStore;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventAgents.Engine.AgentApi;

/// <summary>The whole agent API over the services <see cref="EngineServiceCollectionExtensions.AddAgentApi"/> registers.</summary>
public static class AgentApiEndpoints
{
    /// <summary>Maps the reports, the board and pull-request tools and the questions under <c>/agent</c>.</summary>
    public static IEndpointRouteBuilder MapAgentApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        endpoints.MapAgentReports();
        endpoints.MapAgentBoardTools(services.GetRequiredService<AgentBoardServices>());
        endpoints.MapAgentQuestions(
            services.GetRequiredService<EventStore>(), services.GetRequiredService<TimeProvider>(), services.GetRequiredService<SecretRedactor>(),
            services.GetRequiredService<IOptions<EngineOptions>>().Value.StepTokenLifetime);
        return endpoints;
    }
}
