namespace EventAgents.Domain.Common;

/// <summary>Small checks on text fields shared by the deciders.</summary>
public static class Text
{
    /// <summary>True when the value is null, empty or only white space.</summary>
    public static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    /// <summary>
    /// True for identifiers made of lower case letters, digits, '-' and '_', starting with a letter
    /// or digit (step ids, results, column keys).
    /// </summary>
    public static bool IsSlug(string? value) =>
        !IsBlank(value)
        && char.IsAsciiLetterOrDigit(value![0])
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_');

    /// <summary>Error for a blank required field.</summary>
    public static DomainError Required(string area, string field) =>
        new($"{area}.{field}-required", $"{field} is required.");
}
