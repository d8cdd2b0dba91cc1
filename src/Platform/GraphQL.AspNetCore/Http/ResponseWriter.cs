using System.Text.Encodings.Web;
using System.Text.Json;
using EventAgents.Platform.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>Writes GraphQL responses and request errors as JSON straight into the response pipe.</summary>
internal static class ResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpResponse response, int statusCode, ResponseKind kind, ExecutionResult result, CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = kind == ResponseKind.Json
            ? "application/json; charset=utf-8"
            : "application/graphql-response+json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            ResultJsonWriter.Write(result, writer);
        }

        await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static Task WriteErrorAsync(HttpResponse response, int statusCode, ResponseKind kind, string message, CancellationToken cancellationToken) =>
        WriteAsync(response, statusCode, kind, ExecutionResult.FromError(new GraphQLError(message)), cancellationToken);
}
