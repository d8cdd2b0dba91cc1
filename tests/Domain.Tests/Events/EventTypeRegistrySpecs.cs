using System.Reflection;
using System.Text.RegularExpressions;
using EventAgents.Domain.Common;

namespace EventAgents.Domain.Tests.Events;

public sealed partial class EventTypeRegistrySpecs
{
    private static readonly Assembly Domain = typeof(IDomainEvent).Assembly;

    [Fact]
    public void Every_event_type_is_registered_exactly_once()
    {
        var events = Domain.GetTypes().Where(type => type.IsClass && !type.IsAbstract && typeof(IDomainEvent).IsAssignableFrom(type)).OrderBy(type => type.Name).ToList();
        var registered = DomainEventTypes.All.Select(entry => entry.Type).OrderBy(type => type.Name).ToList();
        Assert.Equal(events, registered);
    }

    [Fact]
    public void Names_are_unique_lower_case_and_versioned()
    {
        Assert.Equal(DomainEventTypes.All.Count, DomainEventTypes.All.Select(entry => entry.Name).Distinct().Count());
        Assert.All(DomainEventTypes.All, entry => Assert.Matches(StableName(), entry.Name));
    }

    [Fact]
    public void Names_and_types_map_both_ways()
    {
        Assert.All(DomainEventTypes.All, entry => Assert.Equal((entry.Type, entry.Name), (DomainEventTypes.TypeOf(entry.Name), DomainEventTypes.NameOf(entry.Type))));
        Assert.Null(DomainEventTypes.TypeOf("run.step-completed.v0"));
    }

    [Fact]
    public void Events_are_sealed_records_named_in_the_past_tense_with_a_time()
    {
        Assert.All(DomainEventTypes.All, entry =>
        {
            Assert.True(entry.Type.IsSealed, $"{entry.Type.Name} is not sealed");
            Assert.NotNull(entry.Type.GetMethod("<Clone>$"));
            Assert.Matches("(ed|Set|TimedOut)$", entry.Type.Name);
        });
    }

    [Fact]
    public void Public_classes_of_the_domain_are_sealed_or_static_unless_designed_for_inheritance()
    {
        var open = Domain.GetExportedTypes()
            .Where(type => type.IsClass && !type.IsSealed && !(type.IsAbstract && type.IsSealed) && !type.IsAbstract)
            .Select(type => type.Name);
        Assert.Empty(open);
    }

    [GeneratedRegex(@"^[a-z]+\.[a-z]+(-[a-z]+)*\.v[1-9][0-9]*$")]
    private static partial Regex StableName();
}
