using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Validation;

/// <summary>Validates a document against a schema: runs every rule in one walk of the document.</summary>
public static class DocumentValidator
{
    /// <summary>The errors of a document; empty when it is valid. Stops after <paramref name="maxErrors"/> errors.</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IReadOnlyList<ValidationRule>? rules = null,
        int maxErrors = 100)
    {
        rules ??= SpecifiedRules.All;
        var context = new ValidationContext(schema, document, maxErrors);
        var visitors = new List<ValidationVisitor>(rules.Count);
        foreach (var rule in rules)
        {
            visitors.Add(rule.Create(context));
        }

        try
        {
            new DocumentWalker(context.TypeInfo, visitors, context.AncestorList).Walk(document);
        }
        catch (ValidationAbortedException)
        {
        }

        return context.Errors;
    }
}
