using EventAgents.Platform.GraphQL.Validation.Rules;

namespace EventAgents.Platform.GraphQL.Validation;

/// <summary>The validation rules of the specification, in graphql-js's order.</summary>
public static class SpecifiedRules
{
    /// <summary>Every rule of graphql-js 16's <c>specifiedRules</c>: the 26 rules of the specification and MaxIntrospectionDepth.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new("ExecutableDefinitions", static c => new ExecutableDefinitionsRule(c)),
        new("UniqueOperationNames", static c => new UniqueOperationNamesRule(c)),
        new("LoneAnonymousOperation", static c => new LoneAnonymousOperationRule(c)),
        new("SingleFieldSubscriptions", static c => new SingleFieldSubscriptionsRule(c)),
        new("KnownTypeNames", static c => new KnownTypeNamesRule(c)),
        new("FragmentsOnCompositeTypes", static c => new FragmentsOnCompositeTypesRule(c)),
        new("VariablesAreInputTypes", static c => new VariablesAreInputTypesRule(c)),
        new("ScalarLeafs", static c => new ScalarLeafsRule(c)),
        new("FieldsOnCorrectType", static c => new FieldsOnCorrectTypeRule(c)),
        new("UniqueFragmentNames", static c => new UniqueFragmentNamesRule(c)),
        new("KnownFragmentNames", static c => new KnownFragmentNamesRule(c)),
        new("NoUnusedFragments", static c => new NoUnusedFragmentsRule(c)),
        new("PossibleFragmentSpreads", static c => new PossibleFragmentSpreadsRule(c)),
        new("NoFragmentCycles", static c => new NoFragmentCyclesRule(c)),
        new("UniqueVariableNames", static c => new UniqueVariableNamesRule(c)),
        new("NoUndefinedVariables", static c => new NoUndefinedVariablesRule(c)),
        new("NoUnusedVariables", static c => new NoUnusedVariablesRule(c)),
        new("KnownDirectives", static c => new KnownDirectivesRule(c)),
        new("UniqueDirectivesPerLocation", static c => new UniqueDirectivesPerLocationRule(c)),
        new("KnownArgumentNames", static c => new KnownArgumentNamesRule(c)),
        new("UniqueArgumentNames", static c => new UniqueArgumentNamesRule(c)),
        new("ValuesOfCorrectType", static c => new ValuesOfCorrectTypeRule(c)),
        new("ProvidedRequiredArguments", static c => new ProvidedRequiredArgumentsRule(c)),
        new("VariablesInAllowedPosition", static c => new VariablesInAllowedPositionRule(c)),
        new("OverlappingFieldsCanBeMerged", static c => new OverlappingFieldsCanBeMergedRule(c)),
        new("UniqueInputFieldNames", static c => new UniqueInputFieldNamesRule(c)),
        new("MaxIntrospectionDepth", static c => new MaxIntrospectionDepthRule(c)),
    ];
}
