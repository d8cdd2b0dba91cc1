using EventAgents.Domain.Agents;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Chats;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Projects;
using EventAgents.Domain.Runs;

namespace EventAgents.Domain.Tests.Specs;

/// <summary>A fresh Given/When/Then spec per aggregate.</summary>
public static class Spec
{
    public static DeciderSpec<IProjectCommand, IProjectEvent, Project> Project() => new(ProjectDecider.Decide, ProjectDecider.Evolve, Domain.Projects.Project.Initial);

    public static DeciderSpec<IAgentCommand, IAgentEvent, Agent> Agent() => new(AgentDecider.Decide, AgentDecider.Evolve, Domain.Agents.Agent.Initial);

    public static DeciderSpec<IPipelineCommand, IPipelineEvent, Pipeline> Pipeline() => new(PipelineDecider.Decide, PipelineDecider.Evolve, Domain.Pipelines.Pipeline.Initial);

    public static DeciderSpec<IRunCommand, IRunEvent, Run> Run() => new(RunDecider.Decide, RunDecider.Evolve, Domain.Runs.Run.Initial);

    public static DeciderSpec<IBoardCommand, IBoardEvent, Board> Board() => new(BoardDecider.Decide, BoardDecider.Evolve, Domain.Boards.Board.Initial);

    public static DeciderSpec<IChatCommand, IChatEvent, ChatSession> Chat() => new(ChatDecider.Decide, ChatDecider.Evolve, ChatSession.Initial);
}
