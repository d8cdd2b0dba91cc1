using System.CommandLine;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Host.Hosting;

namespace EventAgents.Host.Commands;

/// <summary>
/// <c>eventagents run &lt;pipeline.yaml&gt; [--input name=value]... [--repo path]</c>: starts the product in this process,
/// starts a run of the pipeline (in a worktree of the repository, when given) and follows it live until it ends, answering
/// its agents' questions with lines read from standard input. Exits 0 when the run completes, 1 when it fails or is cancelled.
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("pipeline") { Description = "The pipeline's YAML file" };
        var inputs = new Option<string[]>("--input", "-i") { Description = "A run input as name=value", AllowMultipleArgumentsPerToken = false };
        var repository = new Option<DirectoryInfo?>("--repo") { Description = "Work in git worktrees of this repository (a project is registered for it)" };
        var command = new Command("run", "Run a pipeline and follow it live") { file, inputs, repository };
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"Pipeline file '{path.FullName}' does not exist.");
                return 2;
            }

            var parsed = PipelineYaml.Parse(await File.ReadAllTextAsync(path.FullName, ct));
            if (!parsed.IsValid)
            {
                foreach (var error in parsed.Errors)
                {
                    Console.Error.WriteLine($"{path.Name}:{error.Line}:{error.Column}: {error.Message}");
                }

                return 2;
            }

            if (!TryParseInputs(result.GetValue(inputs) ?? [], out var values, out var bad))
            {
                Console.Error.WriteLine($"Input '{bad}' is not name=value.");
                return 2;
            }

            var settings = HostSettings.From(HostSettings.Load());
            await using var server = await ProductServer.StartAsync(settings, "http://127.0.0.1:0", _ => { }, ct);
            if (server.LegacyEventsUpgraded is { } upgraded)
            {
                Console.WriteLine(upgraded.Describe());
            }

            var projectId = "local";
            if (result.GetValue(repository) is { } repo)
            {
                var registered = await LocalProjects.RegisterAsync(server.Store, repo, ct);
                if (registered.Error is not null)
                {
                    Console.Error.WriteLine(registered.Error);
                    return 2;
                }

                projectId = registered.ProjectId!;
                Console.WriteLine($"Project {projectId} works in git worktrees of {registered.Repository}.");
            }

            var (runId, refused) = await server.Starter.StartAsync(projectId, parsed.Definition!.Name, 1, parsed.Definition, values, Environment.UserName, ct);
            if (refused is not null)
            {
                Console.Error.WriteLine($"The run was refused: {refused.Message}");
                return 2;
            }

            Console.WriteLine($"Run {runId} of '{parsed.Definition.Name}' started.");
            var questions = new TerminalQuestions(server.Runs, Console.In, Console.Out, Environment.UserName, server.Url, TimeProvider.System);
            return await new RunProgress(server.Store, Console.Out, questions).FollowAsync(runId!, ct) ? 0 : 1;
        });
        return command;
    }

    private static bool TryParseInputs(string[] pairs, out Dictionary<string, string> values, out string? bad)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        bad = null;
        foreach (var pair in pairs)
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                bad = pair;
                return false;
            }

            values[pair[..separator]] = pair[(separator + 1)..];
        }

        return true;
    }
}
