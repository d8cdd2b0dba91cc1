using System.Net.Http.Headers;

namespace EventAgents.Bench.GraphQL;

/// <summary>Makes sure both servers answer the benchmark request with the same JSON before anything is measured.</summary>
internal static class Check
{
    public static async Task SameResponseAsync(Uri ours, Uri graphqlJs, byte[] body, CancellationToken cancellationToken)
    {
        var a = await PostAsync(ours, body, cancellationToken).ConfigureAwait(false);
        var b = await PostAsync(graphqlJs, body, cancellationToken).ConfigureAwait(false);
        if (a != b || !a.Contains("\"data\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the servers disagree:\n  EventAgents: {a}\n  graphql-js:  {b}");
        }
    }

    private static async Task<string> PostAsync(Uri uri, byte[] body, CancellationToken cancellationToken)
    {
        using var client = new HttpClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(uri, content, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }
}
