using System.Collections.Concurrent;

namespace EventAgents.Platform.EventStore.Tests;

public sealed class ConcurrencyTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly EventStore _store = fixture.Store;

    [Fact]
    public async Task Of_32_appenders_expecting_the_same_version_exactly_one_wins_and_the_others_get_the_conflict()
    {
        var stream = "race-" + Guid.NewGuid();
        await _store.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("race")]);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 32).Select(writer => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await _store.AppendAsync(stream, ExpectedVersion.Exact(1), [new Tick(writer, 0)]);
                return (Won: true, Conflict: (WrongExpectedVersionException?)null);
            }
            catch (WrongExpectedVersionException e)
            {
                return (Won: false, Conflict: e);
            }
        })).Append(Task.Run(async () =>
        {
            await Task.Delay(50);
            start.SetResult();
            return (Won: false, Conflict: (WrongExpectedVersionException?)new WrongExpectedVersionException("starter", ExpectedVersion.Any, 2));
        })));

        var writers = outcomes[..32];
        Assert.Single(writers, o => o.Won);
        Assert.Equal(31, writers.Count(o => o.Conflict is { ActualVersion: 2, StreamId: var s } && s == stream));
        Assert.Equal(2, (await _store.ReadStreamAsync(stream)).Count);
    }

    [Fact]
    public async Task Thirty_two_appenders_retrying_on_conflict_write_every_version_exactly_once()
    {
        var stream = "contended-" + Guid.NewGuid();
        const int appendsPerWriter = 10;
        var conflicts = 0;
        var written = new ConcurrentBag<(int Writer, int Number, long Version)>();

        await Task.WhenAll(Enumerable.Range(0, 32).Select(writer => Task.Run(async () =>
        {
            for (var number = 0; number < appendsPerWriter; number++)
            {
                while (true)
                {
                    var head = await _store.GetStreamAsync(stream);
                    try
                    {
                        var result = await _store.AppendAsync(stream, ExpectedVersion.Exact(head?.Version ?? 0), [new Tick(writer, number)]);
                        written.Add((writer, number, result.FirstVersion));
                        break;
                    }
                    catch (WrongExpectedVersionException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        })));

        var events = await _store.ReadStreamAsync(stream);
        Assert.Equal(Enumerable.Range(1, 32 * appendsPerWriter).Select(v => (long)v), events.Select(e => e.Version));
        Assert.Equal(32 * appendsPerWriter, events.Select(e => (Tick)e.Data).Distinct().Count());
        Assert.Equal(32 * appendsPerWriter, written.Select(w => w.Version).Distinct().Count());
        Assert.All(written, w => Assert.Equal(new Tick(w.Writer, w.Number), events[(int)w.Version - 1].Data));
        Assert.True(conflicts > 0, "the writers never collided, so the test proved nothing");
        Assert.True((await _store.VerifyStreamAsync(stream)).IsValid);
    }
}
