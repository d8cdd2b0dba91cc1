using EventAgents.Domain.Agents;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Projects;
using EventAgents.Platform.EventStore;

namespace EventAgents.Projections.Catalog;

/// <summary>Projects, agents and pipelines with their versions.</summary>
public sealed class CatalogProjection : SqlProjection
{
    public const string ProjectionName = "read-model.catalog";

    public override string Name => ProjectionName;

    public override IReadOnlyList<string> Tables { get; } = ["rm_projects", "rm_agents", "rm_pipelines", "rm_pipeline_versions"];

    protected override Task ApplyAsync(SqlWriter sql, RecordedEvent recorded, CancellationToken ct) => recorded.Data switch
    {
        IProjectEvent e => ProjectAsync(sql, recorded, e, ct),
        IAgentEvent e => AgentAsync(sql, recorded, e, ct),
        PipelineVersionDefined e => PipelineAsync(sql, recorded, e, ct),
        _ => Task.CompletedTask,
    };

    private static Task ProjectAsync(SqlWriter sql, RecordedEvent recorded, IProjectEvent e, CancellationToken ct) => e switch
    {
        ProjectCreated c => sql.ExecuteAsync(
            "INSERT INTO {0}rm_projects (project_id, seq, name, repository, default_branch, archived, created_at, updated_at, version) " +
            "VALUES ($1, $2, $3, $4, $5, false, $6, $6, $7) ON CONFLICT (project_id) DO NOTHING", ct,
            c.ProjectId, recorded.Position, c.Name, c.Repository, c.DefaultBranch, c.At, recorded.Version),
        DefaultBranchChanged d => Update(sql, "rm_projects", "project_id", d.ProjectId, recorded, d.At, "default_branch = $4", ct, d.Branch),
        BoardLinked b => Update(sql, "rm_projects", "project_id", b.ProjectId, recorded, b.At, "board_id = $4", ct, b.BoardId),
        ProjectArchived a => Update(sql, "rm_projects", "project_id", a.ProjectId, recorded, a.At, "archived = true", ct),
        _ => Task.CompletedTask,
    };

    private static Task AgentAsync(SqlWriter sql, RecordedEvent recorded, IAgentEvent e, CancellationToken ct) => e switch
    {
        AgentCreated c => sql.ExecuteAsync(
            "INSERT INTO {0}rm_agents (agent_id, seq, name, persona, model, tools, columns, retired, created_at, updated_at, version) " +
            "VALUES ($1, $2, $3, $4, $5, $6, '{}', false, $7, $7, $8) ON CONFLICT (agent_id) DO NOTHING", ct,
            c.AgentId, recorded.Position, c.Name, c.Persona, c.Model, TextArray.Of(c.Tools), c.At, recorded.Version),
        AgentPersonaChanged p => Update(sql, "rm_agents", "agent_id", p.AgentId, recorded, p.At, "persona = $4", ct, p.Persona),
        AgentModelChanged m => Update(sql, "rm_agents", "agent_id", m.AgentId, recorded, m.At, "model = $4", ct, m.Model),
        AgentToolsSet t => Update(sql, "rm_agents", "agent_id", t.AgentId, recorded, t.At, "tools = $4", ct, TextArray.Of(t.Tools)),
        AgentPulseScheduled p => Update(sql, "rm_agents", "agent_id", p.AgentId, recorded, p.At, "pulse_seconds = $4", ct,
            p.Every is { } every ? (long)every.TotalSeconds : null),
        AgentColumnsAssigned a => Update(sql, "rm_agents", "agent_id", a.AgentId, recorded, a.At, "board_id = $4, columns = $5", ct,
            a.BoardId, TextArray.Of(a.Columns.Select(column => column.ToString()))),
        AgentRetired r => Update(sql, "rm_agents", "agent_id", r.AgentId, recorded, r.At, "retired = true", ct),
        _ => Task.CompletedTask,
    };

    private static async Task PipelineAsync(SqlWriter sql, RecordedEvent recorded, PipelineVersionDefined e, CancellationToken ct)
    {
        await sql.ExecuteAsync(
            "INSERT INTO {0}rm_pipelines (pipeline_id, seq, latest_version, name, description, created_at, updated_at, version) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $6, $7) ON CONFLICT (pipeline_id) DO UPDATE SET latest_version = GREATEST(rm_pipelines.latest_version, excluded.latest_version), " +
            "name = excluded.name, description = excluded.description, updated_at = excluded.updated_at, version = excluded.version", ct,
            e.PipelineId, recorded.Position, e.Version, e.Definition.Name, e.Definition.Description, e.At, recorded.Version).ConfigureAwait(false);
        await sql.ExecuteAsync(
            "INSERT INTO {0}rm_pipeline_versions (pipeline_id, number, name, source, step_ids, defined_by, defined_at) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (pipeline_id, number) DO NOTHING", ct,
            e.PipelineId, e.Version, e.Definition.Name, e.Source, TextArray.Of(e.Definition.EnumerateSteps().Select(step => step.Id)), e.DefinedBy, e.At).ConfigureAwait(false);
    }

    private static Task Update(SqlWriter sql, string table, string key, string id, RecordedEvent recorded, DateTimeOffset at, string set, CancellationToken ct, params object?[] values) =>
        sql.ExecuteAsync($"UPDATE {{0}}{table} SET updated_at = $2, version = $3, {set} WHERE {key} = $1", ct, [id, at, recorded.Version, .. values]);
}
