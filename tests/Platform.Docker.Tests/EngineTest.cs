namespace EventAgents.Platform.Docker.Tests;

/// <summary>A client per test class, removing every container the class labelled when it is done.</summary>
public abstract class EngineTest : IAsyncLifetime
{
    protected DockerClient Docker { get; } = Engine.Client();

    protected Dictionary<string, string> Labels { get; } = Engine.TestLabels();

    protected static CancellationToken Ct => CancellationToken.None;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var container in await Docker.ListContainersAsync(Labels, all: true, Ct))
        {
            await Docker.RemoveContainerAsync(container.Id, force: true, Ct);
        }

        Docker.Dispose();
    }

    /// <summary>Creates a labelled container running <paramref name="script"/> with bash.</summary>
    protected async Task<string> CreateAsync(string script, HostConfig? host = null, Func<ContainerSpec, ContainerSpec>? change = null)
    {
        var spec = new ContainerSpec { Image = Engine.Image, Cmd = ["bash", "-c", script], Labels = Labels, HostConfig = host };
        return (await Docker.CreateContainerAsync(change is null ? spec : change(spec), null, Ct)).Id;
    }

    /// <summary>Runs <paramref name="script"/> to its end and returns its exit code, stdout and stderr.</summary>
    protected async Task<(long Exit, string Out, string Err)> RunAsync(string script, HostConfig? host = null, Func<ContainerSpec, ContainerSpec>? change = null)
    {
        var id = await CreateAsync(script, host, change);
        await Docker.StartContainerAsync(id, Ct);
        var exit = await Docker.WaitContainerAsync(id, Ct);
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        await using (var output = await Docker.LogsAsync(id, follow: false, tty: false, Ct))
        {
            await output.CopyToAsync(stdout, stderr, Ct);
        }

        await Docker.RemoveContainerAsync(id, force: true, Ct);
        return (exit.StatusCode, System.Text.Encoding.UTF8.GetString(stdout.ToArray()), System.Text.Encoding.UTF8.GetString(stderr.ToArray()));
    }
}
