using EventAgents.Domain.Runs;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Projections.Runs;

namespace EventAgents.GraphQL.Runs;

/// <summary>Run queries: one run, and the run list with filters.</summary>
public static class RunFields
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        Paging.AddConnection(schema, "Run");
        schema.Object("Query", q => q
            .Field("run", "Run", f => f
                .Description("A run by its run id or global id.")
                .Argument("id", "ID!")
                .ResolveAsync(c => Loaders.Run(c, api, GlobalId.Local("Run", c.GetArgument<string>("id")!))))
            .Field("runs", "RunConnection!", f => f
                .Description("Runs, newest first.")
                .PagingArguments()
                .Argument("status", "RunStatus")
                .Argument("projectId", "ID")
                .Argument("pipelineId", "ID")
                .ResolveAsync(async c =>
                {
                    var (first, after) = Paging.Read(c);
                    var filter = new RunFilter(c.Arguments.GetValueOrDefault("status") as RunStatus?, c.GetArgument<string>("projectId"), c.GetArgument<string>("pipelineId"));
                    return Connection.From(await api.Runs.ListAsync(filter, first, after, c.CancellationToken).ConfigureAwait(false));
                })));
    }
}
