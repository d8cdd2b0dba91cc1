using EventAgents.Application.Agents.Commanding;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Tests.Support;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Tasks;
using static EventAgents.Application.Tests.Support.Given;

namespace EventAgents.Application.Tests.Agents;

public sealed class AgentCommandsTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly AgentCommands _agents = new(fixture.Store);

    private Task<CommandResult<Agent, IAgentEvent>> HandleAsync(IAgentCommand command, CommandContext? context = null) =>
        _agents.HandleAsync(command, context ?? Ada, CancellationToken.None);

    [Fact]
    public async Task Creates_an_agent_with_persona_model_and_tools()
    {
        var result = await HandleAsync(new CreateAgent(NewId("a"), "Eng", "You write code.", "anthropic/claude-sonnet-4", ["shell", "git", "git"], Now));

        Assert.Null(result.Error);
        Assert.Equal(["git", "shell"], result.State.Tools);
    }

    [Fact]
    public async Task Changes_persona_and_model_and_sets_tools()
    {
        var agentId = await AgentAsync(fixture.Store);

        await HandleAsync(new ChangeAgentPersona(agentId, "You review code.", Now));
        await HandleAsync(new ChangeAgentModel(agentId, "openai/gpt-5", Now));
        var result = await HandleAsync(new SetAgentTools(agentId, ["read"], Now));

        Assert.Equal(("You review code.", "openai/gpt-5", 4L), (result.State.Persona, result.State.Model, result.Version));
        Assert.Equal(["read"], result.State.Tools);
    }

    [Fact]
    public async Task Schedules_a_pulse_within_bounds_only()
    {
        var agentId = await AgentAsync(fixture.Store);

        var scheduled = await HandleAsync(new ScheduleAgentPulse(agentId, TimeSpan.FromMinutes(30), Now));
        var tooOften = await HandleAsync(new ScheduleAgentPulse(agentId, TimeSpan.FromSeconds(5), Now));

        Assert.Equal(TimeSpan.FromMinutes(30), scheduled.State.PulseEvery);
        Assert.Equal("agent.invalid-pulse", Assert.IsType<RefusedError>(tooOften.Error).Code);
    }

    [Fact]
    public async Task Assigns_columns_of_an_existing_board()
    {
        var agentId = await AgentAsync(fixture.Store);
        var boardId = await BoardAsync(fixture.Store);

        var assigned = await HandleAsync(new AssignAgentColumns(agentId, boardId, [BoardTaskStatus.Ready, BoardTaskStatus.Review], Now));
        var missing = await HandleAsync(new AssignAgentColumns(agentId, NewId("b"), [BoardTaskStatus.Ready], Now));

        Assert.Equal([BoardTaskStatus.Ready, BoardTaskStatus.Review], assigned.State.Columns);
        Assert.Equal("board.not-found", Assert.IsType<NotFoundError>(missing.Error).Code);
    }

    [Fact]
    public async Task A_retired_agent_takes_no_more_changes()
    {
        var agentId = await AgentAsync(fixture.Store);

        var retired = await HandleAsync(new RetireAgent(agentId, Now));
        var change = await HandleAsync(new ChangeAgentModel(agentId, "openai/gpt-5", Now));

        Assert.True(retired.State.IsRetired);
        Assert.Equal("agent.retired", Assert.IsType<RefusedError>(change.Error).Code);
    }

    [Fact]
    public async Task An_unknown_agent_is_not_found()
    {
        var result = await HandleAsync(new RetireAgent(NewId("a"), Now));

        Assert.IsType<NotFoundError>(result.Error);
    }

    [Fact]
    public async Task A_stale_client_version_is_a_conflict()
    {
        var agentId = await AgentAsync(fixture.Store);
        await HandleAsync(new ChangeAgentPersona(agentId, "Someone else's edit.", Now));

        var result = await HandleAsync(new ChangeAgentPersona(agentId, "My edit.", Now), Ada with { ExpectedVersion = 1 });

        Assert.IsType<ConflictError>(result.Error);
    }
}
