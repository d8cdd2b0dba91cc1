using System.Collections.Concurrent;
using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Validation;
using EventAgents.Platform.GraphQL.Validation.Limits;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>Parsed and validated documents keyed by their text, with their cached execution plans. Bounded: when full, it starts over.</summary>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, CachedDocument> _documents = new(StringComparer.Ordinal);
    private readonly GraphQLSchema _schema;
    private readonly ExecutorOptions _options;
    private readonly IReadOnlyList<ValidationRule> _rules;

    /// <summary>Creates a cache for a schema and options.</summary>
    public DocumentCache(GraphQLSchema schema, ExecutorOptions options)
    {
        _schema = schema;
        _options = options;
        _rules = [.. options.Rules, .. LimitRules.For(options.Limits)];
    }

    /// <summary>How many documents are cached.</summary>
    public int Count => _documents.Count;

    /// <summary>The parsed and validated document for a text, from the cache when possible.</summary>
    public CachedDocument Get(string query)
    {
        if (_documents.TryGetValue(query, out var cached))
        {
            return cached;
        }

        var created = Create(query);
        if (_documents.Count >= _options.DocumentCacheSize)
        {
            _documents.Clear();
        }

        return _documents.GetOrAdd(query, created);
    }

    private CachedDocument Create(string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, _options.Parser);
        }
        catch (GraphQLSyntaxError error)
        {
            return new CachedDocument(null, [new GraphQLError(error.Message) { Locations = [new SourceLocation(error.Line, error.Column)] }]);
        }

        var errors = DocumentValidator.Validate(_schema, document, _rules);
        return new CachedDocument(document, errors.Count > 0 ? errors : null);
    }
}
