namespace EventAgents.Domain.Pipelines;

/// <summary>The list a loop iterates: <c>steps.plan.output.tasks</c> or <c>inputs.files</c>, optionally in <c>{{ }}</c>.</summary>
public static class LoopList
{
    /// <summary>The reference named by a loop's <c>over</c>, or null when it names no list.</summary>
    public static TemplateReference? TryParse(string over)
    {
        var expression = over.Trim();
        if (expression.StartsWith("{{", StringComparison.Ordinal) && expression.EndsWith("}}", StringComparison.Ordinal))
        {
            expression = expression[2..^2];
        }

        return TemplateReference.TryParse(expression) is { Kind: TemplateReferenceKind.Input or TemplateReferenceKind.StepOutput } reference
            ? reference
            : null;
    }
}
