using System.Diagnostics;
using System.Net;

namespace EventAgents.Bench.GraphQL;

/// <summary>N concurrent HttpClient loops posting the same body to one loopback URL, bounded by a request count and a
/// duration; the same generator measures both servers.</summary>
internal static class LoadGenerator
{
    public sealed record Result(long Requests, long Failures, TimeSpan Elapsed)
    {
        public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
    }

    public static async Task<Result> RunAsync(Uri uri, byte[] body, int clients, TimeSpan duration, long maxRequests, CancellationToken cancellationToken)
    {
        if (!IPAddress.IsLoopback(IPAddress.Parse(uri.Host)))
        {
            throw new InvalidOperationException("the load generator only targets loopback addresses");
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseProxy = false, UseCookies = false };
        using var invoker = new HttpMessageInvoker(handler);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(duration);
        long issued = 0, completed = 0, failures = 0;
        var started = Stopwatch.GetTimestamp();
        var loops = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && Interlocked.Increment(ref issued) <= maxRequests)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
                request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
                using var response = await invoker.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None).ConfigureAwait(false);
                Interlocked.Increment(ref response.StatusCode == HttpStatusCode.OK ? ref completed : ref failures);
            }
        }, CancellationToken.None));
        await Task.WhenAll(loops).ConfigureAwait(false);
        return new Result(completed, failures, Stopwatch.GetElapsedTime(started));
    }
}
