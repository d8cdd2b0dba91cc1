using EventAgents.Domain.Common;
using EventAgents.Platform.EventStore;

namespace EventAgents.Host.Hosting;

/// <summary>The registry of the product's stored event type names, from the domain's one list.</summary>
public static class ProductEventTypes
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
