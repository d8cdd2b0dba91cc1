using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>Reads a whole request body with a size limit (413 when exceeded) and parses the parameters from it.</summary>
internal static class BodyReader
{
    public static async ValueTask<GraphQLRequestParameters> ReadParametersAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                throw TooLarge(limit);
            }

            if (read.IsCompleted)
            {
                try
                {
                    return Parse(buffer);
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static GraphQLRequestParameters Parse(ReadOnlySequence<byte> buffer) =>
        buffer.IsEmpty ? throw new RequestError("The request body is empty; it must be a JSON object with a \"query\".") : JsonParameters.Read(buffer);

    private static RequestError TooLarge(long limit) =>
        new($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
}
