namespace EventAgents.Domain.Pipelines;

/// <summary>One <c>{{...}}</c> expression of a template, parsed.</summary>
/// <param name="Kind">What the expression reads.</param>
/// <param name="Name">The input name or step id; empty for loop values.</param>
/// <param name="Fields">JSON fields to follow inside a step's output, e.g. <c>tasks</c> in <c>steps.plan.output.tasks</c>.</param>
public sealed record TemplateReference(TemplateReferenceKind Kind, string Name, IReadOnlyList<string> Fields)
{
    /// <summary>Parses <c>inputs.x</c>, <c>steps.x.output[.field...]</c>, <c>steps.x.result</c>, <c>loop.item</c> or <c>loop.index</c>.</summary>
    public static TemplateReference? TryParse(string expression)
    {
        var parts = expression.Trim().Split('.');
        if (parts.Any(part => part.Length == 0))
        {
            return null;
        }

        return parts switch
        {
            ["inputs", var name] => new(TemplateReferenceKind.Input, name, []),
            ["steps", var id, "result"] => new(TemplateReferenceKind.StepResult, id, []),
            ["steps", var id, "output", .. var fields] => new(TemplateReferenceKind.StepOutput, id, fields),
            ["loop", "item", .. var fields] => new(TemplateReferenceKind.LoopItem, "", fields),
            ["loop", "index"] => new(TemplateReferenceKind.LoopIndex, "", []),
            _ => null,
        };
    }
}

/// <summary>What a template expression reads.</summary>
public enum TemplateReferenceKind
{
    /// <summary>A run input.</summary>
    Input,

    /// <summary>A step's output, or a field of it when the output is JSON.</summary>
    StepOutput,

    /// <summary>A step's result (pass, fail, ...).</summary>
    StepResult,

    /// <summary>The current item of a loop over a list.</summary>
    LoopItem,

    /// <summary>The 1-based iteration number of a loop.</summary>
    LoopIndex,
}
