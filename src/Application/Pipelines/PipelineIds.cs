using System.Text;
using EventAgents.Domain.Common;

namespace EventAgents.Application.Pipelines;

/// <summary>
/// A pipeline's id is made of its project's id and its name: <c>&lt;project-id&gt;--&lt;name-key&gt;</c>, where the
/// name key is the YAML <c>name</c> in lower case with every run of characters other than <c>a-z 0-9 _</c> turned
/// into one '-' (so <c>Plan &amp; Review</c> and <c>plan-review</c> are the same name). A name therefore maps to exactly
/// one pipeline stream per project, which makes names unique without an index: defining a pipeline whose name
/// exists is the same stream, and two concurrent definitions race on that stream's version. The name key never
/// contains "--", so the project id is everything before the last "--".
/// </summary>
public static class PipelineIds
{
    private const string Separator = "--";

    /// <summary>The id of the pipeline named <paramref name="name"/> in project <paramref name="projectId"/>.</summary>
    /// <returns>The id, or null when the project id is not a slug or the name has no letter or digit.</returns>
    public static string? For(string projectId, string name)
    {
        var key = NameKey(name);
        return Text.IsSlug(projectId) && key.Length > 0 ? projectId + Separator + key : null;
    }

    /// <summary>The project a pipeline belongs to, or null when <paramref name="pipelineId"/> is not a pipeline id.</summary>
    public static string? ProjectOf(string pipelineId)
    {
        var separator = pipelineId.LastIndexOf(Separator, StringComparison.Ordinal);
        return separator > 0 && Text.IsSlug(pipelineId) ? pipelineId[..separator] : null;
    }

    /// <summary>The part of a pipeline id that comes from its name.</summary>
    public static string NameKey(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
            {
                key.Append(c);
            }
            else if (key.Length > 0 && key[^1] != '-')
            {
                key.Append('-');
            }
        }

        return key.ToString().TrimEnd('-');
    }
}
