using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EventAgents.Bench;
using EventAgents.Bench.GraphQL;
using EventAgents.Platform.GraphQL.Execution;

// Usage: dotnet run -c Release --project bench/GraphQL [clients] [seconds per round] [max requests per round]
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(10));
var token = cancel.Token;
if (args is [OurServer.ServeArgument])
{
    await OurServer.ServeAsync(token);
    return;
}

var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 16;
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var maxRequests = args.Length > 2 ? long.Parse(args[2], CultureInfo.InvariantCulture) : 2_000_000;

await NodeSide.EnsureInstalledAsync(token);
var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = BenchSchema.Query }));
var (ours, oursBase) = await OurServer.StartAsync(token);
var (node, nodeAddress) = await NodeSide.StartServerAsync(token);
try
{
    var oursAddress = new Uri(oursBase, "graphql");
    var ceilingAddress = new Uri(oursBase, "static");
    await Check.SameResponseAsync(oursAddress, nodeAddress, body, token);
    await Check.SameResponseAsync(oursAddress, ceilingAddress, body, token);
    Console.WriteLine($"query: {BenchSchema.Query}; {clients} clients; rounds of {seconds}s or {maxRequests:N0} requests; {Environment.ProcessorCount} cores");
    Uri[] targets = [oursAddress, nodeAddress, ceilingAddress];
    string[] names = ["EventAgents", "graphql-js", "Kestrel constant"];
    var best = new double[targets.Length];
    foreach (var target in targets)
    {
        await LoadGenerator.RunAsync(target, body, clients, TimeSpan.FromSeconds(2), maxRequests, token);
    }

    for (var round = 1; round <= 2; round++)
    {
        var line = new StringBuilder($"round {round}:");
        for (var i = 0; i < targets.Length; i++)
        {
            var result = await LoadGenerator.RunAsync(targets[i], body, clients, TimeSpan.FromSeconds(seconds), maxRequests, token);
            best[i] = Math.Max(best[i], result.RequestsPerSecond);
            line.Append(CultureInfo.InvariantCulture, $" {names[i]} {result.RequestsPerSecond:N0} req/s ({result.Failures} failed);");
        }

        Console.WriteLine(line);
    }

    Stop(ours);
    Stop(node);
    var nodeMicro = await NodeSide.MicrosecondsPerExecutionAsync(BenchSchema.Query, 3, token);
    var oursMicro = await MicroBench.MicrosecondsPerExecutionAsync(new GraphQLExecutor(BenchSchema.Create()), BenchSchema.Query, TimeSpan.FromSeconds(3));

    var table = new ResultTable("EventAgents", "graphql-js", "0.00");
    table.Add($"HTTP POST, {clients} concurrent clients (best of 2)", "requests/s", best[0], best[1], ">= 2x graphql-js", best[0] >= 2 * best[1]);
    table.Add("cached query, execute + JSON", "µs/execution", oursMicro, nodeMicro, "<= 10 µs", oursMicro <= 10);
    table.Print(Console.Out);
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"ceiling: Kestrel answering the same bytes with no GraphQL, same generator: {best[2]:N0} requests/s (EventAgents reaches {best[0] / best[2]:P0} of it)"));
}
finally
{
    Stop(ours);
    Stop(node);
    ours.Dispose();
    node.Dispose();
}

static void Stop(Process process)
{
    if (!process.HasExited)
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }
}
