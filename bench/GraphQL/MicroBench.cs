using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using EventAgents.Platform.GraphQL.Execution;

namespace EventAgents.Bench.GraphQL;

/// <summary>Microseconds per execution of a cached query in process: ExecuteAsync (document from the cache) plus
/// writing the JSON response, like graphql-js's execute + JSON.stringify in node/micro.mjs.</summary>
internal static class MicroBench
{
    public static async Task<double> MicrosecondsPerExecutionAsync(GraphQLExecutor executor, string query, TimeSpan duration)
    {
        var request = new ExecutionRequest(query);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer);
        for (var i = 0; i < 50_000; i++)
        {
            await RunAsync(executor, request, buffer, writer).ConfigureAwait(false);
        }

        long count = 0;
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < duration)
        {
            for (var i = 0; i < 1_000; i++)
            {
                await RunAsync(executor, request, buffer, writer).ConfigureAwait(false);
            }

            count += 1_000;
        }

        return Stopwatch.GetElapsedTime(started).TotalMicroseconds / count;
    }

    private static async ValueTask RunAsync(GraphQLExecutor executor, ExecutionRequest request, ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer)
    {
        var result = await executor.ExecuteAsync(request).ConfigureAwait(false);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        ResultJsonWriter.Write(result, writer);
    }
}
