using EventAgents.Application.GitHosting;
using EventAgents.Domain.Common;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Common;

/// <summary>The event store's registry of stable event type names: the domain's, and the application's own records.</summary>
public static class DomainEventRegistry
{
    public static EventTypeRegistry Create()
    {
        var registry = new EventTypeRegistry();
        foreach (var type in DomainEventTypes.All)
        {
            registry.Map(type.Type, type.Name);
        }

        registry.Map(typeof(PullRequestRequested), "git-host.pull-request-requested.v1");
        return registry;
    }
}
