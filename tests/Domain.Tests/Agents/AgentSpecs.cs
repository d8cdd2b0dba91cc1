using EventAgents.Domain.Agents;
using EventAgents.Domain.Tasks;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Agents;

public sealed class AgentSpecs
{
    private static readonly AgentCreated Created = new("a1", "Eve", "You are a careful engineer.", "anthropic/claude-sonnet-4", ["git", "shell"], T0);

    [Fact]
    public void Creating_an_agent_normalizes_its_tools() =>
        Spec.Agent().When(new CreateAgent("a1", "Eve", "You are a careful engineer.", "anthropic/claude-sonnet-4", ["shell", " git", "shell", ""], T0)).Then(Created);

    [Fact]
    public void Creating_the_same_agent_again_changes_nothing() =>
        Spec.Agent().Given(Created).When(new CreateAgent("a1", "Eve", "You are a careful engineer.", "anthropic/claude-sonnet-4", ["git", "shell"], At(1))).ThenNothing();

    [Fact]
    public void An_agent_needs_a_model() =>
        Spec.Agent().When(new CreateAgent("a1", "Eve", "persona", " ", [], T0)).ThenError("agent.model-required");

    [Fact]
    public void Changing_the_persona() =>
        Spec.Agent().Given(Created).When(new ChangeAgentPersona("a1", "Terse.", At(1))).Then(new AgentPersonaChanged("a1", "Terse.", At(1)));

    [Fact]
    public void Changing_to_the_same_model_changes_nothing() =>
        Spec.Agent().Given(Created).When(new ChangeAgentModel("a1", "anthropic/claude-sonnet-4", At(1))).ThenNothing();

    [Fact]
    public void Changing_the_model() =>
        Spec.Agent().Given(Created).When(new ChangeAgentModel("a1", "openai/gpt-5", At(1))).Then(new AgentModelChanged("a1", "openai/gpt-5", At(1)));

    [Fact]
    public void Setting_the_same_tools_in_another_order_changes_nothing() =>
        Spec.Agent().Given(Created).When(new SetAgentTools("a1", ["shell", "git"], At(1))).ThenNothing();

    [Fact]
    public void Setting_tools() =>
        Spec.Agent().Given(Created).When(new SetAgentTools("a1", ["git"], At(1))).Then(new AgentToolsSet("a1", ["git"], At(1)));

    [Fact]
    public void Scheduling_a_pulse() =>
        Spec.Agent().Given(Created).When(new ScheduleAgentPulse("a1", TimeSpan.FromMinutes(30), At(1))).Then(new AgentPulseScheduled("a1", TimeSpan.FromMinutes(30), At(1)));

    [Fact]
    public void A_pulse_faster_than_a_minute_is_refused() =>
        Spec.Agent().Given(Created).When(new ScheduleAgentPulse("a1", TimeSpan.FromSeconds(10), At(1))).ThenError("agent.invalid-pulse");

    [Fact]
    public void Turning_off_a_pulse_that_is_off_changes_nothing() =>
        Spec.Agent().Given(Created).When(new ScheduleAgentPulse("a1", null, At(1))).ThenNothing();

    [Fact]
    public void Assigning_the_columns_an_agent_works() =>
        Spec.Agent().Given(Created).When(new AssignAgentColumns("a1", "b1", [BoardTaskStatus.Review, BoardTaskStatus.Ready], At(1)))
            .Then(new AgentColumnsAssigned("a1", "b1", [BoardTaskStatus.Ready, BoardTaskStatus.Review], At(1)));

    [Fact]
    public void Columns_holding_claimed_work_cannot_be_assigned() =>
        Spec.Agent().Given(Created).When(new AssignAgentColumns("a1", "b1", [BoardTaskStatus.InProgress], At(1))).ThenError("agent.unworkable-column");

    [Fact]
    public void A_retired_agent_takes_no_changes() =>
        Spec.Agent().Given(Created, new AgentRetired("a1", At(1))).When(new ChangeAgentModel("a1", "x", At(2))).ThenError("agent.retired");

    [Fact]
    public void Retiring_stops_the_pulse()
    {
        var spec = Spec.Agent().Given(Created, new AgentPulseScheduled("a1", TimeSpan.FromHours(1), At(1)));
        spec.When(new RetireAgent("a1", At(2))).Then(new AgentRetired("a1", At(2)));
        Assert.Null(spec.State.PulseEvery);
    }
}
