using System.Text;

namespace EventAgents.Platform.Docker.Tests;

public sealed class ImageTests : EngineTest
{
    private readonly string name = "eventagents-test-" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task An_imported_root_file_system_becomes_an_image_that_a_build_extends()
    {
        using var rootFileSystem = TarFiles.Create([new TarFile("etc/motd", Encoding.UTF8.GetBytes("imported\n"))]);
        var imported = await Docker.ImportImageAsync(rootFileSystem, name + "-base", "v1", Ct);

        using var context = TarFiles.Create([
            new TarFile("Dockerfile", Encoding.UTF8.GetBytes($"FROM {name}-base:v1\nCOPY greeting.txt /greeting.txt\nLABEL purpose=test\nENV STAGE=built\n")),
            new TarFile("greeting.txt", Encoding.UTF8.GetBytes("hello\n")),
        ]);
        var progress = new List<BuildProgress>();
        var built = await Docker.BuildImageAsync(context, new ImageBuildParameters(name + ":v1") { Labels = Labels }, new SyncProgress<BuildProgress>(progress.Add), Ct);

        var image = await Docker.InspectImageAsync(name + ":v1", Ct);
        Assert.NotEmpty(imported);
        Assert.StartsWith(built.Replace("sha256:", "", StringComparison.Ordinal)[..12], image.Id.Replace("sha256:", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(progress, line => line.Text.Contains("COPY greeting.txt", StringComparison.Ordinal));
        Assert.Equal("test", image.Config!.Labels!["purpose"]);
        Assert.Contains("STAGE=built", image.Config.Env!);
        var listed = await Docker.ListImagesAsync(Labels, Ct);
        Assert.Contains(listed, summary => summary.Id.EndsWith(image.Id.Replace("sha256:", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_build_step_throws_with_the_engines_message()
    {
        using var context = TarFiles.Create([new TarFile("Dockerfile", Encoding.UTF8.GetBytes($"FROM {Engine.Image}\nCOPY missing-file.txt /x\n"))]);

        var error = await Assert.ThrowsAsync<DockerEngineException>(() =>
            Docker.BuildImageAsync(context, new ImageBuildParameters(name + ":broken"), null, Ct));

        Assert.Contains("missing-file.txt", error.EngineMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_image_is_not_found()
    {
        using var rootFileSystem = TarFiles.Create([new TarFile("etc/motd", Encoding.UTF8.GetBytes("short-lived\n"))]);
        await Docker.ImportImageAsync(rootFileSystem, name, "gone", Ct);

        var removed = await Docker.RemoveImageAsync(name + ":gone", force: false, Ct);

        Assert.NotEmpty(removed);
        Assert.Null(await Docker.FindImageAsync(name + ":gone", Ct));
        var error = await Assert.ThrowsAsync<DockerEngineException>(() => Docker.InspectImageAsync(name + ":gone", Ct));
        Assert.True(error.IsNotFound, error.Message);
    }

    public override async Task DisposeAsync()
    {
        foreach (var image in new[] { name + ":v1", name + "-base:v1", name + ":broken", name + ":gone" })
        {
            if (await Docker.FindImageAsync(image, Ct) is not null)
            {
                await Docker.RemoveImageAsync(image, force: true, Ct);
            }
        }

        await base.DisposeAsync();
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
