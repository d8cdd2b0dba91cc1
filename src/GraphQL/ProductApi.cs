using EventAgents.Application.Chats.Replying;
using EventAgents.Application.Agents.Commanding;
using EventAgents.Application.Boards.Commanding;
using EventAgents.Application.Boards.Creating;
using EventAgents.Application.Chats.Commanding;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Projects.Commanding;
using EventAgents.Application.Runs.Commanding;
using EventAgents.Application.Runs.Starting;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.EventStore;
using EventAgents.Projections;
using EventAgents.Projections.Boards;
using EventAgents.Projections.Catalog;
using EventAgents.Projections.Chats;
using EventAgents.Projections.Runs;

namespace EventAgents.GraphQL;

/// <summary>What the schema's resolvers use: the event store and command handlers for writes, the read models for reads.</summary>
public sealed class ProductApi
{
    public ProductApi(EventStore store, ProjectionDaemon projections, ApiKeys keys, TimeProvider clock, IChatReplies chatReplies)
    {
        Store = store;
        ChatReplies = chatReplies;
        Projections = projections;
        Keys = keys;
        Clock = clock;
        RunCommands = new RunCommands(store);
        RunStarter = new PipelineRunStarter(store, clock);
        ProjectCommands = new ProjectCommands(store);
        AgentCommands = new AgentCommands(store);
        Pipelines = new PipelineDefiner(store);
        BoardCreator = new BoardCreator(store);
        BoardCommands = new BoardCommands(store);
        ChatCommands = new ChatCommands(store);
        Runs = new RunQueries(projections.Reader);
        Catalog = new CatalogQueries(projections.Reader);
        Boards = new BoardQueries(projections.Reader);
        Chats = new ChatQueries(projections.Reader);
    }

    public EventStore Store { get; }

    /// <summary>The agents' chat replies as they stream.</summary>
    public IChatReplies ChatReplies { get; }

    public ProjectionDaemon Projections { get; }

    public ApiKeys Keys { get; }

    public TimeProvider Clock { get; }

    public RunCommands RunCommands { get; }

    public PipelineRunStarter RunStarter { get; }

    public ProjectCommands ProjectCommands { get; }

    public AgentCommands AgentCommands { get; }

    public PipelineDefiner Pipelines { get; }

    public BoardCreator BoardCreator { get; }

    public BoardCommands BoardCommands { get; }

    public ChatCommands ChatCommands { get; }

    public RunQueries Runs { get; }

    public CatalogQueries Catalog { get; }

    public BoardQueries Boards { get; }

    public ChatQueries Chats { get; }

    /// <summary>How the host runs steps; null until its step runner exists (the API is up before it).</summary>
    public Func<ServerInfo?> Server { get; init; } = () => null;
}
