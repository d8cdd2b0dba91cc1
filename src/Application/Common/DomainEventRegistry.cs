using EventAgents.Domain.Common;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Common;

/// <summary>The event store's registry of the domain's stable event type names.</summary>
public static class DomainEventRegistry
{
    public static EventTypeRegistry Create()
    {
        var registry = new EventTypeRegistry();
        foreach (var type in DomainEventTypes.All)
        {
            registry.Map(type.Type, type.Name);
        }

        return registry;
    }
}
