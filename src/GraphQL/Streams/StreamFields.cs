using System.Text.Json;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.GraphQL;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.GraphQL.Streams;

/// <summary>The history of any stream (<c>streamEvents</c> query, with its hash-chain verification) and its live tail (subscription).</summary>
public static class StreamFields
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        schema.Enum<ChainProblemKind>();
        schema.Object("StreamEvent", t => t.ClrType<RecordedEvent>()
            .Description("An event as stored.")
            .Field("eventId", "ID!")
            .Field("stream", "String!", c => ((RecordedEvent)c.Source!).StreamId)
            .Field("type", "String!", c => ((RecordedEvent)c.Source!).StoredType)
            .Field("version", "Long!")
            .Field("position", "Long!")
            .Field("at", "DateTime!", c => ((RecordedEvent)c.Source!).Timestamp)
            .Field("data", "JSON!", c => JsonDocument.Parse(((RecordedEvent)c.Source!).DataJson).RootElement.Clone())
            .Field("actor", "String", c => ((RecordedEvent)c.Source!).Metadata.Actor)
            .Field("correlationId", "String", c => ((RecordedEvent)c.Source!).Metadata.CorrelationId));
        schema.Object("StreamEventConnection", t => t
            .Description("A page of a stream's events, oldest first (cursors are versions).")
            .Field("edges", "[StreamEventEdge!]!")
            .Field("nodes", "[StreamEvent!]!")
            .Field("pageInfo", "PageInfo!")
            .Field("verification", "ChainVerification", f => f
                .Description("The stream's whole hash chain recomputed from the stored rows; null when the stream does not exist.")
                .ResolveAsync(c => VerifyAsync(api, ((StreamPage)c.Source!).Stream, c.CancellationToken))));
        schema.Object("StreamEventEdge", t => t.Field("cursor", "String!").Field("node", "StreamEvent!"));
        schema.Object("ChainVerification", t => t.ClrType<ChainVerification>()
            .Field("valid", "Boolean!", c => ((ChainVerification)c.Source!).IsValid)
            .Field("eventsChecked", "Long!")
            .Field("problem", "ChainProblem"));
        schema.Object("ChainProblem", t => t.ClrType<ChainProblem>()
            .Field("kind", "ChainProblemKind!")
            .Field("version", "Long!")
            .Field("position", "Long")
            .Field("message", "String!"));

        schema.Object("Query", q => q.Field("streamEvents", "StreamEventConnection!", f => f
            .Description("The events of any stream (run-…, project-…, board-…), with the result of verifying its hash chain.")
            .Argument("stream", "String!")
            .PagingArguments()
            .ResolveAsync(c => PageAsync(c, api))));
        schema.Object("Subscription", s => s.Field("streamEvents", "StreamEvent!", f => f
            .Description("The events of a stream from fromVersion (inclusive), then live ones as they are appended.")
            .Argument("stream", "String!")
            .Argument("fromVersion", "Long", a => a.DefaultValue(1L))
            .Subscribe(c =>
            {
                c.Require(Role.Viewer);
                return EventFeed.FollowStreamAsync(api.Store, StreamName(c), c.GetArgument<long?>("fromVersion") ?? 1, c.CancellationToken);
            })));
    }

    private static async Task<StreamPage> PageAsync(ResolveContext c, ProductApi api)
    {
        var (first, after) = Paging.Read(c);
        var stream = StreamName(c);
        var events = await api.Store.ReadStreamAsync(stream, new ReadStreamOptions { FromVersion = (after ?? 0) + 1, MaxCount = first + 1, IncludeArchived = true },
            c.CancellationToken).ConfigureAwait(false);
        var page = events.Take(first).ToList();
        var edges = page.Select(e => new Edge(Cursor.Of(e.Version), e)).ToList();
        return new StreamPage(stream, edges, new PageInfo(events.Count > first, after is > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
    }

    private static string StreamName(ResolveContext c)
    {
        var stream = c.GetArgument<string>("stream")!;
        return stream.Length is > 0 and <= 300
            ? stream
            : throw new GraphQLException("stream must be 1 to 300 characters.", new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });
    }

    private static async Task<ChainVerification?> VerifyAsync(ProductApi api, string stream, CancellationToken ct) =>
        await api.Store.GetStreamAsync(stream, ct).ConfigureAwait(false) is null ? null : await api.Store.VerifyStreamAsync(stream, ct).ConfigureAwait(false);

    private sealed record StreamPage(string Stream, IReadOnlyList<Edge> Edges, PageInfo PageInfo)
    {
        public IEnumerable<object> Nodes => Edges.Select(edge => edge.Node);
    }
}
