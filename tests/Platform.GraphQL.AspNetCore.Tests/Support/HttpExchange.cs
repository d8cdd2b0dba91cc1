using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;

/// <summary>Sends raw GraphQL-over-HTTP requests and reads the status, media type and JSON body.</summary>
public static class HttpExchange
{
    public sealed record Reply(HttpStatusCode Status, string? MediaType, string Body, HttpResponseMessage Response)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;

        public string FirstError => Json.GetProperty("errors")[0].GetProperty("message").GetString()!;
    }

    public static Task<Reply> PostAsync(GraphQLServer server, string body, string? accept = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, server.Address)
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return SendAsync(server, request, accept);
    }

    public static Task<Reply> PostQueryAsync(GraphQLServer server, object payload, string? accept = null) =>
        PostAsync(server, JsonSerializer.Serialize(payload), accept);

    public static Task<Reply> GetAsync(GraphQLServer server, string queryString, string? accept = null) =>
        SendAsync(server, new HttpRequestMessage(HttpMethod.Get, server.Address + "?" + queryString), accept);

    public static async Task<Reply> SendAsync(GraphQLServer server, HttpRequestMessage request, string? accept = null)
    {
        using (request)
        {
            if (accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            var response = await server.Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new Reply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
        }
    }
}
