using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>A document to execute holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "ExecutableDefinitions";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not DocumentNode document)
        {
            return true;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode t => "\"" + t.Name.Value + "\"",
                TypeExtensionNode t => "\"" + t.Name.Value + "\"",
                DirectiveDefinitionNode d => "\"" + d.Name.Value + "\"",
                _ => "\"\"",
            };
            Report($"The {name} definition is not executable.", definition);
        }

        return false;
    }
}
