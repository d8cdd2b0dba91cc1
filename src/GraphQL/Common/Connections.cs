using System.Globalization;
using System.Text;
using EventAgents.Platform.GraphQL;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Projections;

namespace EventAgents.GraphQL.Common;

/// <summary>A Relay connection: edges with cursors, and where the page sits in the list.</summary>
public sealed record Connection(IReadOnlyList<Edge> Edges, PageInfo PageInfo)
{
    public IEnumerable<object> Nodes => Edges.Select(edge => edge.Node);

    public static Connection From<T>(Page<T> page)
        where T : ISequenced
    {
        var edges = page.Items.Select(item => new Edge(Cursor.Of(item.Seq), item!)).ToList();
        return new Connection(edges, new PageInfo(page.HasNextPage, page.HasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
    }
}

public sealed record Edge(string Cursor, object Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>Opaque cursors: base64 of a position in the list.</summary>
public static class Cursor
{
    public static string Of(long position) => Convert.ToBase64String(Encoding.UTF8.GetBytes("cursor:" + position.ToString(CultureInfo.InvariantCulture)));

    public static long Parse(string cursor)
    {
        var bytes = new byte[cursor.Length];
        if (cursor.Length <= 64 && Convert.TryFromBase64String(cursor, bytes, out var length)
            && Encoding.UTF8.GetString(bytes, 0, length) is var text && text.StartsWith("cursor:", StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            return position;
        }

        throw new GraphQLException($"\"{Shorten(cursor)}\" is not a cursor of this list; pass an endCursor from a previous page.",
            new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "..." : text;
}

/// <summary>The <c>first</c>/<c>after</c> arguments and the connection types.</summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    public static FieldBuilder PagingArguments(this FieldBuilder field) => field
        .Argument("first", "Int", a => a.DefaultValue(20).Description($"How many items to return (0 to {MaxPageSize})."))
        .Argument("after", "String", a => a.Description("The endCursor of the previous page."));

    public static (int First, long? After) Read(ResolveContext context)
    {
        var first = context.GetArgument<int?>("first") ?? 20;
        if (first is < 0 or > MaxPageSize)
        {
            throw new GraphQLException($"first must be between 0 and {MaxPageSize}, not {first}.", new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });
        }

        return (first, context.GetArgument<string>("after") is { } after ? Cursor.Parse(after) : null);
    }

    /// <summary>Defines <c>PageInfo</c>.</summary>
    public static void AddPageInfo(SchemaBuilder schema) => schema.Object("PageInfo", t => t
        .Description("Where a page sits in its list (Relay cursor connections).")
        .Field("hasNextPage", "Boolean!")
        .Field("hasPreviousPage", "Boolean!")
        .Field("startCursor", "String")
        .Field("endCursor", "String"));

    /// <summary>Defines <c>{node}Connection</c> and <c>{node}Edge</c>.</summary>
    public static void AddConnection(SchemaBuilder schema, string node) => schema
        .Object(node + "Connection", t => t
            .Description($"A page of {node} items.")
            .Field("edges", $"[{node}Edge!]!")
            .Field("nodes", $"[{node}!]!")
            .Field("pageInfo", "PageInfo!"))
        .Object(node + "Edge", t => t
            .Field("cursor", "String!")
            .Field("node", node + "!"));
}
