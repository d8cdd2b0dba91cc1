using Npgsql;

namespace EventAgents.Projections.Catalog;

/// <summary>Reads projects, agents and pipelines; lists are oldest first.</summary>
public sealed class CatalogQueries(ReadModelReader reader)
{
    private const string ProjectColumns = "project_id, seq, name, repository, default_branch, board_id, archived, created_at, updated_at, version";
    private const string AgentColumns = "agent_id, seq, name, persona, model, tools, pulse_seconds, board_id, columns, retired, created_at, updated_at, version";
    private const string PipelineColumns = "pipeline_id, seq, latest_version, name, description, created_at, updated_at, version";

    public async Task<IReadOnlyDictionary<string, ProjectRow>> ProjectsAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        (await reader.QueryAsync($"SELECT {ProjectColumns} FROM {{0}}rm_projects WHERE project_id = ANY($1)", ReadProject, ct, TextArray.Of(ids)).ConfigureAwait(false))
            .ToDictionary(row => row.ProjectId);

    public Task<Page<ProjectRow>> ListProjectsAsync(bool includeArchived, int first, long? afterSeq, CancellationToken ct) =>
        reader.PageAsync($"SELECT {ProjectColumns} FROM {{0}}rm_projects WHERE ($1 OR NOT archived)", ReadProject, first, afterSeq, false, ct, includeArchived);

    public async Task<IReadOnlyDictionary<string, AgentRow>> AgentsAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        (await reader.QueryAsync($"SELECT {AgentColumns} FROM {{0}}rm_agents WHERE agent_id = ANY($1)", ReadAgent, ct, TextArray.Of(ids)).ConfigureAwait(false))
            .ToDictionary(row => row.AgentId);

    public Task<Page<AgentRow>> ListAgentsAsync(bool includeRetired, int first, long? afterSeq, CancellationToken ct) =>
        reader.PageAsync($"SELECT {AgentColumns} FROM {{0}}rm_agents WHERE ($1 OR NOT retired)", ReadAgent, first, afterSeq, false, ct, includeRetired);

    public async Task<IReadOnlyDictionary<string, PipelineRow>> PipelinesAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        (await reader.QueryAsync($"SELECT {PipelineColumns} FROM {{0}}rm_pipelines WHERE pipeline_id = ANY($1)", ReadPipeline, ct, TextArray.Of(ids)).ConfigureAwait(false))
            .ToDictionary(row => row.PipelineId);

    public Task<Page<PipelineRow>> ListPipelinesAsync(int first, long? afterSeq, CancellationToken ct) =>
        reader.PageAsync($"SELECT {PipelineColumns} FROM {{0}}rm_pipelines WHERE true", ReadPipeline, first, afterSeq, false, ct);

    /// <summary>Every version of several pipelines, oldest first.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<PipelineVersionRow>>> VersionsAsync(IReadOnlyList<string> pipelineIds, CancellationToken ct)
    {
        var rows = await reader.QueryAsync(
            "SELECT pipeline_id, number, name, source, step_ids, defined_by, defined_at FROM {0}rm_pipeline_versions WHERE pipeline_id = ANY($1) ORDER BY pipeline_id, number",
            r => new PipelineVersionRow(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.Texts(4), r.GetString(5), r.At(6)),
            ct, TextArray.Of(pipelineIds)).ConfigureAwait(false);
        var byPipeline = rows.GroupBy(row => row.PipelineId).ToDictionary(g => g.Key, g => (IReadOnlyList<PipelineVersionRow>)[.. g]);
        return pipelineIds.Distinct().ToDictionary(id => id, id => byPipeline.GetValueOrDefault(id) ?? []);
    }

    private static ProjectRow ReadProject(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.Text(5), r.GetBoolean(6), r.At(7), r.At(8), r.GetInt64(9));

    private static AgentRow ReadAgent(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.Texts(5), r.IsDBNull(6) ? null : r.GetInt64(6), r.Text(7),
        r.Texts(8), r.GetBoolean(9), r.At(10), r.At(11), r.GetInt64(12));

    private static PipelineRow ReadPipeline(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt64(1), r.GetInt32(2), r.GetString(3), r.Text(4), r.At(5), r.At(6), r.GetInt64(7));
}
