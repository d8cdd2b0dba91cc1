using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>Reads a GET's query string or a POST's JSON body into request parameters, refusing other media types (415).</summary>
internal static class RequestReading
{
    public static ValueTask<GraphQLRequestParameters> ReadAsync(HttpContext context, GraphQLEndpointOptions options, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            return new ValueTask<GraphQLRequestParameters>(QueryStringParameters.Read(request.Query));
        }

        if (!MediaTypes.IsJsonContent(request.ContentType))
        {
            throw new RequestError(
                $"Unsupported Content-Type \"{request.ContentType}\"; send application/json.",
                StatusCodes.Status415UnsupportedMediaType);
        }

        return BodyReader.ReadParametersAsync(request, options.MaxRequestBodySize, cancellationToken);
    }
}
