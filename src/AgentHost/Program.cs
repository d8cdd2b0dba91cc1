using EventAgents.AgentHost;

// The agent process that runs inside a step's container or as a local child process.
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, args) =>
{
    args.Cancel = true;
    stopping.Cancel();
};

try
{
    return await AgentProgram.RunAsync(Environment.GetEnvironmentVariable, Console.Error, stopping.Token);
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    return AgentProgram.Failed;
}
