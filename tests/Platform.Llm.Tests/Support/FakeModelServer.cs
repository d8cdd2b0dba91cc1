using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventAgents.Platform.Llm.Tests.Support;

/// <summary>
/// A model provider's HTTP API on Kestrel at 127.0.0.1 (a free port): it records every request and answers each with
/// the next queued <see cref="FakeReply"/>, in the wire format of the subclass.
/// </summary>
public abstract class FakeModelServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeReply> replies = new();
    private WebApplication? app;

    protected FakeModelServer(string? apiKey) => ApiKey = apiKey;

    /// <summary>The key the server accepts; null to accept any request.</summary>
    public string? ApiKey { get; }

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public RecordedRequest LastRequest => Requests.Last();

    public void Enqueue(params FakeReply[] next)
    {
        foreach (var reply in next)
        {
            replies.Enqueue(reply);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected async Task ListenAsync(string path)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost(path, HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = new Uri(address);
    }

    /// <summary>Whether the request carries the right credentials; if not, the subclass has answered it.</summary>
    protected abstract Task<bool> AuthorizeAsync(HttpContext context, RecordedRequest request);

    protected abstract Task WriteErrorAsync(HttpContext context, FakeReply reply);

    protected abstract Task WriteJsonAsync(HttpContext context, RecordedRequest request, FakeReply reply, int sequence);

    protected abstract Task WriteStreamAsync(HttpContext context, RecordedRequest request, FakeReply reply, int sequence);

    protected static async Task WriteBodyAsync(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }

    protected static void StartEvents(HttpContext context)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
    }

    protected static async Task WriteEventAsync(HttpContext context, string? name, string data)
    {
        var text = new StringBuilder();
        if (name is not null)
        {
            text.Append("event: ").Append(name).Append('\n');
        }

        text.Append("data: ").Append(data).Append("\n\n");
        await context.Response.WriteAsync(text.ToString(), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    /// <summary>Waits until the client closes the request, or drops the connection when the reply says so.</summary>
    protected static async Task HangAsync(HttpContext context, FakeReply reply)
    {
        if (reply.Drop)
        {
            context.Abort();
            return;
        }

        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Splits <paramref name="text"/> into pieces of <paramref name="size"/> characters, as a model streams.</summary>
    protected static IEnumerable<string> Pieces(string text, int size)
    {
        for (var start = 0; start < text.Length; start += size)
        {
            yield return text.Substring(start, Math.Min(size, text.Length - start));
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(header => header.Key.ToLowerInvariant(), header => header.Value.ToString());
        var request = new RecordedRequest(context.Request.Path, headers, document.RootElement.Clone());
        Requests.Enqueue(request);
        if (!await AuthorizeAsync(context, request))
        {
            return;
        }

        if (!replies.TryDequeue(out var reply))
        {
            await WriteBodyAsync(context, 500, new { error = new { message = "The fake has no reply queued.", type = "server_error" } });
            return;
        }

        if (reply.ErrorStatus is not null)
        {
            if (reply.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            await WriteErrorAsync(context, reply);
            return;
        }

        var streaming = request.Body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True;
        if (streaming)
        {
            await WriteStreamAsync(context, request, reply, Requests.Count);
        }
        else if (reply.Hang)
        {
            await HangAsync(context, reply);
        }
        else
        {
            await WriteJsonAsync(context, request, reply, Requests.Count);
        }
    }
}
