namespace EventAgents.Platform.Messaging.Tests;

public sealed class RegistryAndPolicyTests
{
    [Fact]
    public void A_message_round_trips_through_its_stable_name()
    {
        var types = TestTypes.Create();

        var name = types.NameOf(typeof(Ping));
        var back = types.Deserialize(name, types.Serialize(new Ping("a", 7)));

        Assert.Equal("test.ping.v1", name);
        Assert.Equal(new Ping("a", 7), back);
    }

    [Fact]
    public void A_name_belongs_to_one_type_and_a_type_to_one_name()
    {
        var types = TestTypes.Create();

        Assert.Throws<ArgumentException>(() => types.Map<Unmapped>("test.ping.v1"));
        Assert.Throws<ArgumentException>(() => types.Map<Ping>("test.ping.v2"));
        Assert.Throws<UnknownMessageTypeException>(() => types.TypeOf("test.nothing.v1"));
    }

    [Fact]
    public void Backoff_doubles_from_the_initial_delay_up_to_the_maximum()
    {
        var policy = RetryPolicy.Exponential(5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));

        Assert.Equal(
            [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5)],
            Enumerable.Range(1, 4).Select(policy.DelayAfter));
        Assert.True(policy.CanRetry(4));
        Assert.False(policy.CanRetry(5));
        Assert.False(RetryPolicy.None.CanRetry(1));
    }

    [Fact]
    public void Derived_message_ids_are_stable_and_distinct()
    {
        var parent = Guid.NewGuid();

        Assert.Equal(MessageIds.Derive(parent, 0), MessageIds.Derive(parent, 0));
        Assert.NotEqual(MessageIds.Derive(parent, 0), MessageIds.Derive(parent, 1));
        Assert.NotEqual(MessageIds.Derive(parent, 0), MessageIds.Derive(Guid.NewGuid(), 0));
        Assert.NotEqual(parent, MessageIds.Derive(parent, 0));
    }

    [Fact]
    public void A_message_queued_under_an_old_name_is_read_as_the_current_one()
    {
        var types = TestTypes.Create()
            .Upcast("test.ping.v0", "test.ping.v1", old => new System.Text.Json.Nodes.JsonObject { ["key"] = old["id"]!.GetValue<string>(), ["number"] = 0 });

        Assert.Equal(new Ping("legacy", 0), types.Deserialize("test.ping.v0", "{\"id\":\"legacy\"}"));
        Assert.Equal(new Ping("current", 1), types.Deserialize("test.ping.v1", "{\"key\":\"current\",\"number\":1}"));
    }
}
