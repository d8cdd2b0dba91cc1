using EventAgents.Platform.GraphQL.Introspection;
using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Validation;

/// <summary>Tracks, during a walk of a document, the types in scope: parent type, field, expected input type, argument, directive.</summary>
public sealed class TypeInfo(GraphQLSchema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<InputValue?> _defaultValueStack = [];

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current value.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type of the enclosing value (for a list item: the list; for an object field: the object).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The current field's definition.</summary>
    public FieldDefinition? FieldDef => Top(_fieldDefStack);

    /// <summary>The argument or input field whose value is being walked (for its default value).</summary>
    public InputValue? DefaultValueSource => Top(_defaultValueStack);

    /// <summary>The current directive's definition.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The current argument's definition.</summary>
    public InputValue? Argument { get; private set; }

    /// <summary>The enum value of the current enum literal.</summary>
    public EnumValue? EnumValue { get; private set; }

    /// <summary>Finds a field of a parent type, the introspection meta-fields included.</summary>
    public static FieldDefinition? GetFieldDef(GraphQLSchema schema, NamedType? parentType, string name)
    {
        if (parentType is null)
        {
            return null;
        }

        if (name == "__schema" && ReferenceEquals(schema.QueryType, parentType))
        {
            return IntrospectionTypes.SchemaField;
        }

        if (name == "__type" && ReferenceEquals(schema.QueryType, parentType))
        {
            return IntrospectionTypes.TypeField;
        }

        if (name == "__typename" && parentType.IsComposite)
        {
            return IntrospectionTypes.TypeNameField;
        }

        return (parentType as ComplexType)?.GetField(name);
    }

    /// <summary>The schema type named by a type reference, or null when a name is unknown.</summary>
    public static GraphQLType? TypeFromAst(GraphQLSchema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner && inner is not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>Updates the state on entering a node.</summary>
    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.Named;
                _parentTypeStack.Add(named is { IsComposite: true } ? named : null);
                break;
            case FieldNode field:
                var fieldDef = GetFieldDef(schema, ParentType, field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type is { IsOutputType: true } t ? t : null);
                break;
            case DirectiveNode directive:
                Directive = schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                var inlineType = inline.TypeCondition is null ? Type?.Named : TypeFromAst(schema, inline.TypeCondition);
                _typeStack.Add(inlineType is { IsOutputType: true } ? inlineType : null);
                break;
            case FragmentDefinitionNode fragment:
                var fragmentType = TypeFromAst(schema, fragment.TypeCondition);
                _typeStack.Add(fragmentType is { IsOutputType: true } ? fragmentType : null);
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeFromAst(schema, variable.Type);
                _inputTypeStack.Add(variableType is { IsInputType: true } ? variableType : null);
                break;
            case ArgumentNode argument:
                InputValue? argumentDef = null;
                if (Directive is not null)
                {
                    argumentDef = Directive.GetArgument(argument.Name.Value);
                }
                else if (FieldDef is not null)
                {
                    argumentDef = FieldDef.GetArgument(argument.Name.Value);
                }

                Argument = argumentDef;
                _defaultValueStack.Add(argumentDef);
                _inputTypeStack.Add(argumentDef?.Type is { IsInputType: true } at ? at : null);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = (InputType?.Named as InputObjectType)?.GetField(objectField.Name.Value);
                _defaultValueStack.Add(inputField);
                _inputTypeStack.Add(inputField?.Type is { IsInputType: true } ft ? ft : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = (InputType?.Named as EnumType)?.GetValue(enumValue.Value);
                break;
        }
    }

    /// <summary>Restores the state on leaving a node.</summary>
    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode:
            case InlineFragmentNode:
            case FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode:
            case ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
