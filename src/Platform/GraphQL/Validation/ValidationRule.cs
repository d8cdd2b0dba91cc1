namespace EventAgents.Platform.GraphQL.Validation;

/// <summary>A validation rule: its name and how to create its visitor for one validation.</summary>
public sealed record ValidationRule(string Name, Func<ValidationContext, ValidationVisitor> Create);
