using System.Diagnostics;
using System.Net;
using EventAgents.Platform.GraphQL.AspNetCore;
using EventAgents.Platform.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EventAgents.Bench.GraphQL;

/// <summary>Our engine behind MapGraphQL on Kestrel at /graphql, and at /static a constant answer of the same bytes
/// (the ceiling of Kestrel plus the load generator), in a child process of its own like the node server.</summary>
internal static class OurServer
{
    public const string ServeArgument = "serve";

    /// <summary>The child process: serves until stdin closes, after printing its port.</summary>
    public static async Task ServeAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        var executor = new GraphQLExecutor(BenchSchema.Create());
        app.MapGraphQL("/graphql", executor, options => options.EnableGraphiQL = false);
        var answer = (await executor.ExecuteAsync(new ExecutionRequest(BenchSchema.Query), cancellationToken).ConfigureAwait(false)).ToJson();
        app.MapPost("/static", (HttpContext context) => Results.Text(answer, "application/graphql-response+json"));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        await Console.Out.WriteLineAsync(new Uri(app.Urls.First()).Port.ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await Console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Starts this program in serve mode; returns the process and its base address.</summary>
    public static async Task<(Process Process, Uri Address)> StartAsync(CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        if (!Environment.ProcessPath!.EndsWith("EventAgents.Bench.GraphQL", StringComparison.Ordinal))
        {
            info.ArgumentList.Add(typeof(OurServer).Assembly.Location);
        }

        info.ArgumentList.Add(ServeArgument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start the server process");
        var port = await process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("the server process printed no port");
        return (process, new Uri($"http://127.0.0.1:{port.Trim()}/"));
    }
}
