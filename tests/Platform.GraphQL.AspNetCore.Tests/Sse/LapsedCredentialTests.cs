using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.Sse;

/// <summary>The context's credential check on an open event stream: asked every interval; once it fails the stream
/// ends with an error event, then complete.</summary>
public sealed class LapsedCredentialTests : IAsyncLifetime
{
    private readonly GraphQLServer _server = new() { Configure = o => o.CredentialCheckInterval = TimeSpan.FromMilliseconds(50) };

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private const string LapsedEnding =
        "event: next\ndata: {\"errors\":[{\"message\":\"The credentials are no longer valid.\",\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}]}\n\nevent: complete\ndata:\n\n";

    [Fact]
    public async Task Revoking_the_credentials_of_an_open_stream_ends_it_with_an_error_event_then_complete()
    {
        Assert.EndsWith(LapsedEnding, await RestAfterRevokingAsync(), StringComparison.Ordinal);
        await _server.Probe.WaitForCancellationAsync();
    }

    [Fact]
    public async Task A_source_that_ends_quietly_when_cancelled_still_ends_the_stream_with_the_error_event() =>
        Assert.EndsWith(LapsedEnding, await RestAfterRevokingAsync("subscription { quiet }"), StringComparison.Ordinal);

    [Fact]
    public async Task A_stream_whose_credentials_hold_keeps_streaming_through_the_checks()
    {
        var token = _server.Credentials.Issue();
        using var response = await OpenStreamAsync(token);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var reader = new StreamReader(body, Encoding.UTF8);
        Assert.Equal("event: next", await reader.ReadLineAsync());

        await _server.Credentials.WaitForChecksAsync(token, 5);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var events = new List<string>();
        while (events.Count < 5 && await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add(line);
            }
        }

        Assert.Equal(5, events.Count);
        Assert.All(events, e => Assert.StartsWith("data: {\"data\":{\"forever\":", e, StringComparison.Ordinal));
    }

    /// <summary>Opens a stream of <paramref name="query"/>, revokes its credentials after its first event, and reads the rest.</summary>
    private async Task<string> RestAfterRevokingAsync(string query = "subscription { forever }")
    {
        var token = _server.Credentials.Issue();
        using var response = await OpenStreamAsync(token, query);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var reader = new StreamReader(body, Encoding.UTF8);
        Assert.Equal("event: next", await reader.ReadLineAsync());

        _server.Credentials.Revoke(token);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await reader.ReadToEndAsync(timeout.Token);
    }

    private async Task<HttpResponseMessage> OpenStreamAsync(string token, string query = "subscription { forever }")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.Address)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.TryAddWithoutValidation("Authorization", token);
        var response = await _server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return response;
    }
}
