namespace EventAgents.Platform.Docker.Tests;

public sealed class SystemTests : EngineTest
{
    [Fact]
    public async Task The_engine_answers_a_ping_and_names_its_version()
    {
        await Docker.PingAsync(Ct);
        var version = await Docker.VersionAsync(Ct);

        Assert.NotEmpty(version.Version);
        Assert.NotEmpty(version.ApiVersion);
        Assert.Equal("linux", version.Os);
    }

    [Fact]
    public async Task The_events_stream_tells_of_a_labelled_container_starting_and_dying()
    {
        using var listening = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var seen = new List<EngineEvent>();
        var reading = Task.Run(async () =>
        {
            await foreach (var message in Docker.EventsAsync(Labels, listening.Token))
            {
                seen.Add(message);
                if (message.Action == "die")
                {
                    return;
                }
            }
        });
        await Task.Delay(500);

        var (exit, _, _) = await RunAsync("exit 3");
        await reading;

        Assert.Equal(3, exit);
        Assert.All(seen, message => Assert.Equal("container", message.Type));
        Assert.Contains(seen, message => message.Action == "start");
        var died = Assert.Single(seen, message => message.Action == "die");
        Assert.Equal(Labels["eventagents.test"], died.Actor.Attributes["eventagents.test"]);
        Assert.NotEmpty(died.Actor.Id);
    }

    [Fact]
    public async Task A_missing_socket_gives_a_clear_error()
    {
        using var client = new DockerClient(new DockerClientOptions { Endpoint = new Uri("unix:///tmp/no-such-engine.sock") });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.PingAsync(Ct));

        Assert.Contains("unix:///tmp/no-such-engine.sock", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://host")]
    [InlineData("unix://")]
    [InlineData("not a url")]
    public void A_bad_endpoint_is_named_in_the_error(string endpoint)
    {
        var error = Assert.Throws<ArgumentException>(() => DockerClientOptions.ParseEndpoint(endpoint));

        Assert.Contains(endpoint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_follow_the_docker_clients_environment()
    {
        var options = DockerClientOptions.FromEnvironment(name => name == "DOCKER_HOST" ? "tcp://10.1.2.3:2375" : null);

        Assert.Equal(new Uri("tcp://10.1.2.3:2375"), options.Endpoint);
        Assert.Null(options.ClientCertificate);
        Assert.Equal(DockerClientOptions.DefaultEndpoint, DockerClientOptions.FromEnvironment(_ => null).Endpoint);
    }
}
