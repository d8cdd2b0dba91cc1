using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation;

/// <summary>Walks a syntax tree depth-first in graphql-js visitor order, keeping <see cref="TypeInfo"/> up to date and
/// calling every visitor on enter and leave; a visitor that returns false on enter skips that subtree.</summary>
internal sealed class DocumentWalker
{
    private readonly TypeInfo _typeInfo;
    private readonly IReadOnlyList<ValidationVisitor> _visitors;
    private readonly SyntaxNode?[] _skipping;
    private readonly List<SyntaxNode> _ancestors;

    public DocumentWalker(TypeInfo typeInfo, IReadOnlyList<ValidationVisitor> visitors, List<SyntaxNode> ancestors)
    {
        _typeInfo = typeInfo;
        _visitors = visitors;
        _skipping = new SyntaxNode?[visitors.Count];
        _ancestors = ancestors;
    }

    public void Walk(SyntaxNode node)
    {
        _typeInfo.Enter(node);
        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_skipping[i] is null && !_visitors[i].Enter(node))
            {
                _skipping[i] = node;
            }
        }

        _ancestors.Add(node);
        WalkChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_skipping[i] is null)
            {
                _visitors[i].Leave(node);
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }

        _typeInfo.Leave(node);
    }

    private void WalkAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i]);
        }
    }

    private void WalkOptional(SyntaxNode? node)
    {
        if (node is not null)
        {
            Walk(node);
        }
    }

    private void WalkChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n: WalkAll(n.Definitions); break;
            case OperationDefinitionNode n: WalkAll(n.VariableDefinitions); WalkAll(n.Directives); Walk(n.SelectionSet); break;
            case VariableDefinitionNode n: Walk(n.Variable); Walk(n.Type); WalkOptional(n.DefaultValue); WalkAll(n.Directives); break;
            case SelectionSetNode n: WalkAll(n.Selections); break;
            case FieldNode n: WalkAll(n.Arguments); WalkAll(n.Directives); WalkOptional(n.SelectionSet); break;
            case ArgumentNode n: Walk(n.Value); break;
            case FragmentSpreadNode n: WalkAll(n.Directives); break;
            case InlineFragmentNode n: WalkOptional(n.TypeCondition); WalkAll(n.Directives); Walk(n.SelectionSet); break;
            case FragmentDefinitionNode n: Walk(n.TypeCondition); WalkAll(n.Directives); Walk(n.SelectionSet); break;
            case ListValueNode n: WalkAll(n.Values); break;
            case ObjectValueNode n: WalkAll(n.Fields); break;
            case ObjectFieldNode n: Walk(n.Value); break;
            case DirectiveNode n: WalkAll(n.Arguments); break;
            case ListTypeNode n: Walk(n.Type); break;
            case NonNullTypeNode n: Walk(n.Type); break;
            case SchemaDefinitionNode n: WalkOptional(n.Description); WalkAll(n.Directives); WalkAll(n.OperationTypes); break;
            case OperationTypeDefinitionNode n: Walk(n.Type); break;
            case ScalarTypeDefinitionNode n: WalkOptional(n.Description); WalkAll(n.Directives); break;
            case ObjectTypeDefinitionNode n: WalkOptional(n.Description); WalkAll(n.Interfaces); WalkAll(n.Directives); WalkAll(n.Fields); break;
            case FieldDefinitionNode n: WalkOptional(n.Description); WalkAll(n.Arguments); Walk(n.Type); WalkAll(n.Directives); break;
            case InputValueDefinitionNode n: WalkOptional(n.Description); Walk(n.Type); WalkOptional(n.DefaultValue); WalkAll(n.Directives); break;
            case InterfaceTypeDefinitionNode n: WalkOptional(n.Description); WalkAll(n.Interfaces); WalkAll(n.Directives); WalkAll(n.Fields); break;
            case UnionTypeDefinitionNode n: WalkOptional(n.Description); WalkAll(n.Directives); WalkAll(n.Types); break;
            case EnumTypeDefinitionNode n: WalkOptional(n.Description); WalkAll(n.Directives); WalkAll(n.Values); break;
            case EnumValueDefinitionNode n: WalkOptional(n.Description); WalkAll(n.Directives); break;
            case InputObjectTypeDefinitionNode n: WalkOptional(n.Description); WalkAll(n.Directives); WalkAll(n.Fields); break;
            case DirectiveDefinitionNode n: WalkOptional(n.Description); WalkAll(n.Arguments); break;
            case SchemaExtensionNode n: WalkAll(n.Directives); WalkAll(n.OperationTypes); break;
            case ScalarTypeExtensionNode n: WalkAll(n.Directives); break;
            case ObjectTypeExtensionNode n: WalkAll(n.Interfaces); WalkAll(n.Directives); WalkAll(n.Fields); break;
            case InterfaceTypeExtensionNode n: WalkAll(n.Interfaces); WalkAll(n.Directives); WalkAll(n.Fields); break;
            case UnionTypeExtensionNode n: WalkAll(n.Directives); WalkAll(n.Types); break;
            case EnumTypeExtensionNode n: WalkAll(n.Directives); WalkAll(n.Values); break;
            case InputObjectTypeExtensionNode n: WalkAll(n.Directives); WalkAll(n.Fields); break;
        }
    }
}
