using System.Globalization;
using System.Text;
using System.Text.Json;
using EventAgents.Bench.GraphQL;
using EventAgents.Platform.GraphQL.Execution;

// Usage: dotnet run -c Release --project bench/GraphQL [clients] [seconds per round] [max requests per round]
var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 16;
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var maxRequests = args.Length > 2 ? long.Parse(args[2], CultureInfo.InvariantCulture) : 2_000_000;
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(10));
var token = cancel.Token;

await NodeSide.EnsureInstalledAsync(token);
var executor = new GraphQLExecutor(BenchSchema.Create());
var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = BenchSchema.Query }));
await using var ours = await OurServer.StartAsync(executor);
var (node, nodeAddress) = await NodeSide.StartServerAsync(token);
try
{
    await Check.SameResponseAsync(ours.Address, nodeAddress, body, token);
    Console.WriteLine($"query: {BenchSchema.Query}; {clients} clients; rounds of {seconds}s or {maxRequests:N0} requests; {Environment.ProcessorCount} cores");
    var round = TimeSpan.FromSeconds(seconds);
    await LoadGenerator.RunAsync(ours.Address, body, clients, TimeSpan.FromSeconds(2), maxRequests, token);
    await LoadGenerator.RunAsync(nodeAddress, body, clients, TimeSpan.FromSeconds(2), maxRequests, token);
    double oursBest = 0, nodeBest = 0;
    for (var i = 0; i < 2; i++)
    {
        var a = await LoadGenerator.RunAsync(ours.Address, body, clients, round, maxRequests, token);
        var b = await LoadGenerator.RunAsync(nodeAddress, body, clients, round, maxRequests, token);
        Console.WriteLine($"round {i + 1}: EventAgents {a.RequestsPerSecond:N0} req/s ({a.Failures} failed), graphql-js {b.RequestsPerSecond:N0} req/s ({b.Failures} failed)");
        oursBest = Math.Max(oursBest, a.RequestsPerSecond);
        nodeBest = Math.Max(nodeBest, b.RequestsPerSecond);
    }

    node.Kill(entireProcessTree: true);
    var nodeMicro = await NodeSide.MicrosecondsPerExecutionAsync(BenchSchema.Query, 3, token);
    var oursMicro = await MicroBench.MicrosecondsPerExecutionAsync(executor, BenchSchema.Query, TimeSpan.FromSeconds(3));

    var table = new ResultTable();
    table.Add($"HTTP POST, {clients} concurrent clients (best of 2)", "requests/s", oursBest, nodeBest, ">= 2x graphql-js", oursBest >= 2 * nodeBest);
    table.Add("cached query, execute + JSON", "µs/execution", oursMicro, nodeMicro, "<= 10 µs", oursMicro <= 10);
    table.Print(Console.Out);
}
finally
{
    if (!node.HasExited)
    {
        node.Kill(entireProcessTree: true);
    }

    node.Dispose();
}
