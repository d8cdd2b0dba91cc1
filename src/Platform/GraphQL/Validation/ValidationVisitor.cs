using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation;

/// <summary>The base of a validation rule's visitor: called on entering and leaving every node of the document, with type information at hand.</summary>
public abstract class ValidationVisitor
{
    /// <summary>Creates the visitor for one validation.</summary>
    protected ValidationVisitor(ValidationContext context) => Context = context;

    /// <summary>The validation in progress.</summary>
    protected ValidationContext Context { get; }

    /// <summary>The rule's name, as graphql-js names it without the "Rule" suffix.</summary>
    public abstract string RuleName { get; }

    /// <summary>Called on entering a node; return false to skip the node's subtree for this visitor.</summary>
    public virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called on leaving a node.</summary>
    public virtual void Leave(SyntaxNode node)
    {
    }

    /// <summary>Reports an error located at nodes.</summary>
    protected void Report(string message, params ReadOnlySpan<SyntaxNode?> nodes) =>
        Context.Report(GraphQLError.At(message, nodes) with { Rule = RuleName });

    /// <summary>Reports an error located at a list of nodes.</summary>
    protected void Report(string message, IReadOnlyList<SyntaxNode> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            locations.Add(new SourceLocation(node.Location.Line, node.Location.Column));
        }

        Context.Report(new GraphQLError(message) { Locations = locations, Rule = RuleName });
    }
}
