namespace EventAgents.Platform.Messaging.Tests;

/// <summary>Handlers are functions: these tests call them with no host, no queue and no database.</summary>
public sealed class HandlerTests
{
    private static HandlerRegistry Registry() => new HandlerRegistry(TestTypes.Create())
        .Handle<Ping>((ping, _) => Outcome.Send(new Pong(ping.Key, ping.Number)))
        .Handle<Pong>((pong, context) => Outcome.Schedule(new TimedOut(pong.Key), context.Now.AddSeconds(30)));

    [Fact]
    public async Task A_handler_returns_the_messages_that_follow()
    {
        var outcome = await Registry().InvokeAsync(new Ping("a", 1), TestTypes.Context());

        var sent = Assert.Single(outcome.Messages);
        Assert.Equal(new Pong("a", 1), sent.Message);
        Assert.Null(sent.DeliverAt);
    }

    [Fact]
    public async Task A_timeout_is_scheduled_from_the_time_in_the_context()
    {
        var now = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var outcome = await Registry().InvokeAsync(new Pong("a", 1), TestTypes.Context(now));

        Assert.Equal(now.AddSeconds(30), Assert.Single(outcome.Messages).DeliverAt);
    }

    [Fact]
    public async Task An_async_handler_is_awaited()
    {
        var registry = new HandlerRegistry(TestTypes.Create())
            .Handle<Ping>(async (ping, _, ct) =>
            {
                await Task.Yield();
                return Outcome.Send(new Pong(ping.Key, ping.Number * 2));
            });

        var outcome = await registry.InvokeAsync(new Ping("b", 21), TestTypes.Context());

        Assert.Equal(new Pong("b", 42), Assert.Single(outcome.Messages).Message);
    }

    [Fact]
    public async Task A_message_without_a_handler_is_refused()
    {
        await Assert.ThrowsAsync<NoHandlerException>(() => Registry().InvokeAsync(new TimedOut("x"), TestTypes.Context()));
    }

    [Fact]
    public async Task Only_aggregate_handlers_may_return_events_for_their_own_stream()
    {
        var registry = new HandlerRegistry(TestTypes.Create()).Handle<Ping>((_, _) => Outcome.Emit(new Countdown.Finished()));

        await Assert.ThrowsAsync<InvalidOperationException>(() => registry.InvokeAsync(new Ping("a", 1), TestTypes.Context()));
    }

    [Fact]
    public void Handled_types_must_have_stable_names_and_one_handler_each()
    {
        var registry = Registry();

        Assert.Throws<UnknownMessageTypeException>(() => registry.Handle<Unmapped>((_, _) => Outcome.None));
        Assert.Throws<ArgumentException>(() => registry.Handle<Ping>((_, _) => Outcome.None));
        Assert.Equal(["test.ping.v1", "test.pong.v1"], registry.HandledTypes.Order());
    }

    [Fact]
    public void Retry_policies_are_per_message_type_with_a_default()
    {
        var special = RetryPolicy.Exponential(2, TimeSpan.FromSeconds(3));
        var registry = Registry().Retry<Ping>(special).WithDefaultRetry(RetryPolicy.None);

        Assert.Same(special, registry.RetryPolicyFor("test.ping.v1"));
        Assert.Same(RetryPolicy.None, registry.RetryPolicyFor("test.pong.v1"));
    }
}
