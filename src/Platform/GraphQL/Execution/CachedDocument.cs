using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>A document as the cache holds it: the syntax tree (null when it did not parse), its errors, its plans.</summary>
public sealed class CachedDocument
{
    internal CachedDocument(DocumentNode? document, IReadOnlyList<GraphQLError>? errors)
    {
        Document = document;
        Errors = errors;
        if (document is not null)
        {
            var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            var operations = new List<OperationDefinitionNode>();
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case FragmentDefinitionNode fragment:
                        fragments[fragment.Name.Value] = fragment;
                        break;
                    case OperationDefinitionNode operation:
                        operations.Add(operation);
                        break;
                }
            }

            Fragments = fragments;
            Operations = operations;
        }
    }

    /// <summary>The syntax tree, or null when the text did not parse.</summary>
    public DocumentNode? Document { get; }

    /// <summary>Syntax or validation errors; null for a valid document.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>The fragments by name.</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } = new Dictionary<string, FragmentDefinitionNode>();

    /// <summary>The operations in document order.</summary>
    public IReadOnlyList<OperationDefinitionNode> Operations { get; } = [];

    internal OperationPlans Plans { get; } = new();
}
