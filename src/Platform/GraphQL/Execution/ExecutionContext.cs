using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>The state of one execution: schema, operation, fragments, coerced variables, errors.</summary>
internal sealed partial class ExecutionContext
{
    public ExecutionContext(
        GraphQLSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionRequest request,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        Request = request;
        CancellationToken = cancellationToken;
    }

    public GraphQLSchema Schema { get; }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public ExecutionRequest Request { get; }

    public CancellationToken CancellationToken { get; }
}
