using EventAgents.Platform.EventStore;

namespace EventAgents.Host.Hosting;

/// <summary>The registry of the product's stored event type names.</summary>
public static class ProductEventTypes
{
    public static EventTypeRegistry Create() => new();
}
