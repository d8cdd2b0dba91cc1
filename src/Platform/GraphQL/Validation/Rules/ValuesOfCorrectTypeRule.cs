using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Every literal is valid for the input type expected where it appears.</summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "ValuesOfCorrectType";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        var typeInfo = Context.TypeInfo;
        switch (node)
        {
            case ListValueNode list:
                if (typeInfo.ParentInputType?.Nullable is not ListType)
                {
                    CheckLeaf(list);
                    return false;
                }

                return true;
            case ObjectValueNode obj:
                if (typeInfo.InputType?.Named is not InputObjectType inputType)
                {
                    CheckLeaf(obj);
                    return false;
                }

                foreach (var field in inputType.Fields)
                {
                    if (field.Type is NonNullType && !field.HasDefaultValue && !obj.Fields.Any(f => f.Name.Value == field.Name))
                    {
                        Report($"Field \"{inputType.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", obj);
                    }
                }

                return true;
            case ObjectFieldNode field:
                if (typeInfo.InputType is null && typeInfo.ParentInputType?.Named is InputObjectType parent)
                {
                    var suggestions = Suggestions.List(field.Name.Value, parent.Fields.Select(f => f.Name));
                    Report($"Field \"{field.Name.Value}\" is not defined by type \"{parent.Name}\"." + Suggestions.DidYouMean(suggestions), field);
                }

                return true;
            case NullValueNode nullValue:
                if (typeInfo.InputType is NonNullType nonNull)
                {
                    Report($"Expected value of type \"{nonNull}\", found {Printer.Print(nullValue)}.", nullValue);
                }

                return true;
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeaf((ValueNode)node);
                return true;
            default:
                return true;
        }
    }

    private void CheckLeaf(ValueNode node)
    {
        var locationType = Context.TypeInfo.InputType;
        if (locationType is null)
        {
            return;
        }

        var type = locationType.Named;
        if (!type.IsLeaf)
        {
            Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
            return;
        }

        try
        {
            _ = type is EnumType enumType ? enumType.ParseLiteral(node) : ((ScalarType)type).ParseLiteral(node, null);
        }
        catch (GraphQLException error)
        {
            Report(error.Message, node);
        }
        catch (Exception error) when (error is FormatException or OverflowException or InvalidCastException or ArgumentException)
        {
            Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {error.Message}", node);
        }
    }
}
