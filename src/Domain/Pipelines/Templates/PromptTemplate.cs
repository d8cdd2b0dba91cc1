using System.Text;

namespace EventAgents.Domain.Pipelines;

/// <summary>Templates with <c>{{expression}}</c> placeholders, used by prompts and commands.</summary>
public static class PromptTemplate
{
    /// <summary>Every placeholder of <paramref name="template"/>, or the problems that make it unreadable.</summary>
    public static TemplateParse Parse(string template)
    {
        var references = new List<TemplateReference>();
        var problems = new List<string>();
        foreach (var (expression, isClosed) in Placeholders(template))
        {
            if (!isClosed)
            {
                problems.Add("'{{' is never closed with '}}'.");
            }
            else if (TemplateReference.TryParse(expression) is { } reference)
            {
                references.Add(reference);
            }
            else
            {
                problems.Add($"'{{{{{expression.Trim()}}}}}' is not an input, step or loop reference.");
            }
        }

        return new TemplateParse(references, problems);
    }

    /// <summary>Replaces each placeholder with its value in <paramref name="scope"/>; unknown values render empty.</summary>
    public static string Render(string template, TemplateScope scope)
    {
        var rendered = new StringBuilder(template.Length);
        var position = 0;
        while (template.IndexOf("{{", position, StringComparison.Ordinal) is var start and >= 0
               && template.IndexOf("}}", start + 2, StringComparison.Ordinal) is var end and >= 0)
        {
            rendered.Append(template, position, start - position);
            var reference = TemplateReference.TryParse(template[(start + 2)..end]);
            rendered.Append(reference is null ? "" : scope.Resolve(reference));
            position = end + 2;
        }

        return rendered.Append(template, position, template.Length - position).ToString();
    }

    private static IEnumerable<(string Expression, bool IsClosed)> Placeholders(string template)
    {
        var position = 0;
        while (template.IndexOf("{{", position, StringComparison.Ordinal) is var start and >= 0)
        {
            var end = template.IndexOf("}}", start + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                yield return ("", false);
                yield break;
            }

            yield return (template[(start + 2)..end], true);
            position = end + 2;
        }
    }
}

/// <summary>The placeholders of a template and any problems reading it.</summary>
public sealed record TemplateParse(IReadOnlyList<TemplateReference> References, IReadOnlyList<string> Problems);
