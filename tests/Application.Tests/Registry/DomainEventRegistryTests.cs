using EventAgents.Application.Common;
using EventAgents.Domain.Common;

namespace EventAgents.Application.Tests.Registry;

public sealed class DomainEventRegistryTests
{
    [Fact]
    public void Every_domain_event_type_has_its_stable_name_in_the_registry()
    {
        var registry = DomainEventRegistry.Create();
        var eventTypes = typeof(IDomainEvent).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(type));

        Assert.All(eventTypes, type => Assert.Equal(DomainEventTypes.NameOf(type), registry.NameOf(type)));
    }

    [Fact]
    public void Stable_names_are_unique_and_versioned()
    {
        var names = DomainEventTypes.All.Select(entry => entry.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, name => Assert.Matches(@"^[a-z]+\.[a-z-]+\.v\d+$", name));
    }
}
