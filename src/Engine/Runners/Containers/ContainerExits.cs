using System.Collections.Concurrent;
using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>
/// Learns that the runner's containers ended from one events subscription (<c>die</c>) instead of a <c>wait</c> request
/// per container: podman serves each wait by polling the container's state, which slowed a starting container by about
/// 200 ms in bench/Containers. The subscription asks for the events since a second before it opened (or since the last
/// event it saw, when it opens again after breaking), so a container that dies while it connects is not missed; one
/// whose end it misses anyway is still seen by <see cref="WaitForExitAsync"/>'s occasional inspection.
/// </summary>
internal sealed class ContainerExits(IDockerClient docker, string scope, TimeProvider time) : IAsyncDisposable
{
    private static readonly TimeSpan CheckWhileListening = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CheckWithoutEvents = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> died = new(StringComparer.Ordinal);
    private readonly object opening = new();
    private readonly CancellationTokenSource stopping = new();
    private Task listening = Task.CompletedTask;
    private long since;

    /// <summary>Makes sure the subscription is open (again, after it broke) before a container is started.</summary>
    public void EnsureListening()
    {
        lock (opening)
        {
            if (!listening.IsCompleted || stopping.IsCancellationRequested)
            {
                return;
            }

            var from = Math.Max(Interlocked.Read(ref since), time.GetUtcNow().ToUnixTimeSeconds() - 1);
            var filters = ContainerLabels.Filter(scope);
            filters["type"] = new Dictionary<string, bool> { ["container"] = true };
            filters["event"] = new Dictionary<string, bool> { ["die"] = true };
            var parameters = new ContainerEventsParameters { Since = from.ToString(CultureInfo.InvariantCulture), Filters = filters };
            listening = Task.Run(() => docker.System.MonitorEventsAsync(parameters, new Deaths(this), stopping.Token), CancellationToken.None);
        }
    }

    /// <summary>Starts looking out for the end of a container; call it before starting the container.</summary>
    public void Expect(string containerId) => Signal(containerId);

    /// <summary>Stops looking out for a container that never started.</summary>
    public void Forget(string containerId) => died.TryRemove(containerId, out _);

    /// <summary>
    /// Waits until the container no longer runs, then returns its exit code (null when it is gone). Cancelled, it keeps
    /// looking out for the container, so waiting again after a kill misses nothing.
    /// </summary>
    public async Task<long?> WaitForExitAsync(string containerId, CancellationToken ct)
    {
        var exit = Signal(containerId).Task;
        while (true)
        {
            var check = listening.IsCompleted ? CheckWithoutEvents : CheckWhileListening;
            await Task.WhenAny(exit, Task.Delay(check, time, ct)).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            try
            {
                if (exit.IsCompleted || !(await docker.Containers.InspectContainerAsync(containerId, ct).ConfigureAwait(false)).State.Running)
                {
                    var result = await docker.Containers.WaitContainerAsync(containerId, ct).ConfigureAwait(false);
                    died.TryRemove(containerId, out _);
                    return result.StatusCode;
                }
            }
            catch (DockerContainerNotFoundException)
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
    }

    private TaskCompletionSource Signal(string containerId) =>
        died.GetOrAdd(containerId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Takes each event as it is read (no hop through a synchronization context, as <see cref="Progress{T}"/> would).</summary>
    private sealed class Deaths(ContainerExits exits) : IProgress<Message>
    {
        public void Report(Message value)
        {
            Interlocked.Exchange(ref exits.since, value.Time);
            if (value is { Type: "container", Action: "die", Actor.ID: { } id } && exits.died.TryGetValue(id, out var exit))
            {
                exit.TrySetResult();
            }
        }
    }
}
