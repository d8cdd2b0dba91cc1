using System.Collections.Concurrent;
using EventAgents.Platform.Docker;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>
/// Learns that the runner's containers ended from one events subscription (<c>die</c>) instead of a <c>wait</c> request
/// per container: podman serves each wait by polling the container's state, which slowed a starting container by about
/// 200 ms in bench/Containers. A container whose end this misses (the stream broke) is still seen by
/// <see cref="WaitForExitAsync"/>'s occasional inspection.
/// </summary>
internal sealed class ContainerExits(DockerClient docker, string scope, TimeProvider time) : IAsyncDisposable
{
    private static readonly TimeSpan CheckWhileListening = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CheckWithoutEvents = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> died = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim opening = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private Task listening = Task.CompletedTask;

    /// <summary>Makes sure the subscription is open (again, after it broke) before a container is started.</summary>
    public async Task EnsureListeningAsync(CancellationToken ct)
    {
        if (!listening.IsCompleted)
        {
            return;
        }

        await opening.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (listening.IsCompleted && !stopping.IsCancellationRequested)
            {
                var events = await docker.OpenEventsAsync(new Dictionary<string, string> { [ContainerLabels.Managed] = scope }, ct).ConfigureAwait(false);
                listening = Task.Run(() => ListenAsync(events), CancellationToken.None);
            }
        }
        finally
        {
            opening.Release();
        }
    }

    /// <summary>Starts looking out for the end of a container; call it before starting the container.</summary>
    public void Expect(string containerId) => Signal(containerId);

    /// <summary>Stops looking out for a container that never started.</summary>
    public void Forget(string containerId) => died.TryRemove(containerId, out _);

    /// <summary>
    /// Waits until the container no longer runs, then returns how it exited (null when it is gone). Cancelled, it keeps
    /// looking out for the container, so waiting again after a kill misses nothing.
    /// </summary>
    public async Task<ContainerExit?> WaitForExitAsync(string containerId, CancellationToken ct)
    {
        var exit = Signal(containerId).Task;
        while (true)
        {
            var check = listening.IsCompleted ? CheckWithoutEvents : CheckWhileListening;
            await Task.WhenAny(exit, Task.Delay(check, time, ct)).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            try
            {
                if (exit.IsCompleted || !(await docker.InspectContainerAsync(containerId, ct).ConfigureAwait(false)).State.Running)
                {
                    var result = await docker.WaitContainerAsync(containerId, ct).ConfigureAwait(false);
                    died.TryRemove(containerId, out _);
                    return result;
                }
            }
            catch (DockerEngineException exception) when (exception.IsNotFound)
            {
                died.TryRemove(containerId, out _);
                return null;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        await listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stopping.Dispose();
        opening.Dispose();
    }

    private TaskCompletionSource Signal(string containerId) =>
        died.GetOrAdd(containerId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task ListenAsync(EngineEventStream events)
    {
        await using (events.ConfigureAwait(false))
        {
            await foreach (var message in events.ReadAllAsync(stopping.Token).ConfigureAwait(false))
            {
                if (message is { Type: "container", Action: "die" } && died.TryGetValue(message.Actor.Id, out var exit))
                {
                    exit.TrySetResult();
                }
            }
        }
    }
}
