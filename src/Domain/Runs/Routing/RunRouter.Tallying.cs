using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

public static partial class RunRouter
{
    private static readonly JsonSerializerOptions VerdictJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Once every member of <paramref name="council"/> has settled: records the council's output (each member's agent,
    /// result and output, and for a vote the tally), completes it with the verdict and routes on. A member that broke
    /// or timed out counts as <c>fail</c>.
    /// </summary>
    private static void Tally(EventTrail<Run, IRunEvent> trail, CouncilStep council, DateTimeOffset at)
    {
        var run = trail.State;
        var progress = run.Step(council.Id);
        var seats = council.Agents.Select(agent => (Agent: agent, Progress: run.Step(CouncilMembers.MemberId(council.Id, agent)))).ToList();
        if (progress.Status != StepStatus.Running || !seats.All(seat => seat.Progress.Status.IsSettled()))
        {
            return;
        }

        var members = seats.Select(seat => new CouncilSeat(
            seat.Agent, seat.Progress.StepId, VoteOf(seat.Progress), OutputOf(seat.Progress.Output),
            seat.Progress.Status == StepStatus.Completed ? null : seat.Progress.Reason)).ToList();
        var verdict = council.Mode == CouncilMode.Vote ? Vote(members) : Merge(members);
        trail.Emit(new StepOutputRecorded(run.Id, council.Id, progress.Attempt, JsonSerializer.Serialize(verdict, VerdictJson), StepUsage.None, at));
        trail.Emit(new StepCompleted(run.Id, council.Id, progress.Attempt, verdict.Result, at));
        Leave(trail, council.Id, verdict.Result, at);
    }

    private static string VoteOf(StepProgress member) =>
        member is { Status: StepStatus.Completed, Result: { } result } ? result : StepResults.Fail;

    /// <summary>An agent's output is JSON (text as a JSON string); it is embedded as such, and anything else as text.</summary>
    private static JsonNode? OutputOf(string? output)
    {
        if (output is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(output);
        }
        catch (JsonException)
        {
            return JsonValue.Create(output);
        }
    }

    private static CouncilVerdict Vote(List<CouncilSeat> members)
    {
        var tally = new SortedDictionary<string, int>(
            members.GroupBy(member => member.Result).ToDictionary(votes => votes.Key, votes => votes.Count(), StringComparer.Ordinal), StringComparer.Ordinal);
        var (winner, count) = tally.OrderByDescending(entry => entry.Value).Select(entry => (entry.Key, entry.Value)).First();
        if (count * 2 > members.Count)
        {
            return new CouncilVerdict("vote", winner, tally, null, members);
        }

        var votes = string.Join(", ", tally.Select(entry => string.Create(CultureInfo.InvariantCulture, $"{entry.Key} {entry.Value}")));
        return new CouncilVerdict("vote", StepResults.Fail, tally, $"No result has a majority of the {members.Count} members ({votes}), so the council fails.", members);
    }

    private static CouncilVerdict Merge(List<CouncilSeat> members)
    {
        var passed = members.All(member => member.Result == StepResults.Pass);
        return new CouncilVerdict("merge", passed ? StepResults.Pass : StepResults.Fail, null,
            passed ? null : $"{members.Count(member => member.Result != StepResults.Pass)} of the {members.Count} members did not pass, so the council fails.", members);
    }

    /// <summary>The council's output: how it decided, its result, the votes per result (vote only), why it failed, and each member.</summary>
    private sealed record CouncilVerdict(string Mode, string Result, IReadOnlyDictionary<string, int>? Tally, string? Note, IReadOnlyList<CouncilSeat> Members);

    /// <summary>One member's part: its agent and step, the result it counts with, its output (as JSON), and why it failed if it broke.</summary>
    private sealed record CouncilSeat(string Agent, string Step, string Result, JsonNode? Output, string? Failure);
}
