using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.GraphiQL;

/// <summary>A small self-contained query page (no CDN, no build step): a document, variables, run with POST, or
/// stream a subscription over server-sent events.</summary>
internal static class QueryPage
{
    public static Task WriteAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'";
        return context.Response.WriteAsync(QueryPageHtml.Text, context.RequestAborted);
    }
}
