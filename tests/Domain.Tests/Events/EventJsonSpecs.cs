using System.Text.Json;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Tasks;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Events;

public sealed class EventJsonSpecs
{
    [Fact]
    public void Enums_are_stored_by_name_so_reordering_them_cannot_corrupt_history()
    {
        var json = JsonSerializer.Serialize(new TaskMoved("b1", "t1", BoardTaskStatus.Ready, BoardTaskStatus.InProgress, "eve", null, T0));
        Assert.Contains("\"To\":\"InProgress\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_with_lists_round_trip()
    {
        var assigned = new AgentColumnsAssigned("a1", "b1", [BoardTaskStatus.Ready, BoardTaskStatus.Review], T0);
        var back = JsonSerializer.Deserialize<AgentColumnsAssigned>(JsonSerializer.Serialize(assigned))!;
        Assert.Equal(assigned.AgentId, back.AgentId);
        Assert.Equal(assigned.Columns, back.Columns);
    }
}
