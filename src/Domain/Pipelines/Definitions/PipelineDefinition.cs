namespace EventAgents.Domain.Pipelines;

/// <summary>
/// A pipeline: the ordered steps of a run and how results route between them. Steps run top to
/// bottom unless a step's transitions say otherwise. A definition is only ever built from a valid
/// source (see <see cref="PipelineDefinitionRules"/>).
/// </summary>
/// <param name="Name">Pipeline name, e.g. <c>plan-implement-test-review</c>.</param>
/// <param name="Description">What the pipeline is for.</param>
/// <param name="Inputs">The inputs a run must or may be given.</param>
/// <param name="Steps">Top-level steps in order; parallel steps hold their branches.</param>
public sealed record PipelineDefinition(
    string Name, string? Description, IReadOnlyList<PipelineInput> Inputs, IReadOnlyList<StepDefinition> Steps)
{
    /// <summary>Every step, top-level ones and parallel branches, in document order.</summary>
    public IEnumerable<StepDefinition> EnumerateSteps() =>
        Steps.SelectMany(step => step is ParallelStep parallel ? [step, .. parallel.Branches] : new[] { step });

    /// <summary>The step with the given id, a council member's step included, or null.</summary>
    public StepDefinition? FindStep(string stepId) =>
        EnumerateSteps().FirstOrDefault(step => step.Id == stepId) ?? CouncilOf(stepId)?.Members().First(member => member.Id == stepId);

    /// <summary>The council whose member's step is <paramref name="stepId"/>, or null.</summary>
    public CouncilStep? CouncilOf(string stepId) =>
        stepId.Contains(CouncilMembers.Separator, StringComparison.Ordinal)
            ? EnumerateSteps().OfType<CouncilStep>().FirstOrDefault(council => council.Agents.Any(agent => CouncilMembers.MemberId(council.Id, agent) == stepId))
            : null;

    /// <summary>The top-level step after <paramref name="stepId"/> in document order, or null for the last one.</summary>
    public StepDefinition? StepAfter(string stepId)
    {
        var index = Steps.Select(step => step.Id).ToList().IndexOf(stepId);
        return index >= 0 && index + 1 < Steps.Count ? Steps[index + 1] : null;
    }

    /// <summary>The parallel step holding <paramref name="stepId"/> as a branch, or null.</summary>
    public ParallelStep? ParallelOf(string stepId) =>
        Steps.OfType<ParallelStep>().FirstOrDefault(parallel => parallel.Branches.Any(branch => branch.Id == stepId));
}

/// <summary>An input a run of the pipeline receives, referenced as <c>{{inputs.name}}</c>.</summary>
public sealed record PipelineInput(string Name, bool IsRequired, string? Description);
