using System.Runtime.InteropServices;
using EventAgents.AgentHost;

// The agent process that runs inside a step's container or as a local child process.
// SIGTERM (a runner or container stop) and Ctrl+C cancel the loop, which reports a clear failure before exiting.
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, args) =>
{
    args.Cancel = true;
    stopping.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stopping.Cancel();
});

try
{
    return await AgentProgram.RunAsync(Environment.GetEnvironmentVariable, Console.Error, stopping.Token);
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    return AgentProgram.Failed;
}
