namespace EventAgents.Domain.Pipelines;

public static partial class PipelineDefinitionRules
{
    private static void CheckTemplate(string template, string path, StepDefinition step, PipelineDefinition definition, List<DefinitionProblem> problems)
    {
        var parse = PromptTemplate.Parse(template);
        problems.AddRange(parse.Problems.Select(problem => new DefinitionProblem("template.invalid", problem, path)));
        var isLoop = step.Flow.Loop is { Over: not null } || step.Flow.Loop is { Until: not null };
        foreach (var reference in parse.References)
        {
            var problem = reference.Kind switch
            {
                TemplateReferenceKind.Input when definition.Inputs.All(input => input.Name != reference.Name) =>
                    new DefinitionProblem("template.unknown-input", $"'{{{{inputs.{reference.Name}}}}}' refers to an input the pipeline does not declare.", path),
                TemplateReferenceKind.StepOutput or TemplateReferenceKind.StepResult when definition.FindStep(reference.Name) is null =>
                    new DefinitionProblem("template.unknown-step", $"'{{{{steps.{reference.Name}...}}}}' refers to a step that does not exist.", path),
                TemplateReferenceKind.LoopItem when step.Flow.Loop?.Over is null =>
                    new DefinitionProblem("template.loop-outside-loop", "'{{loop.item}}' is only available in a step that loops over a list.", path),
                TemplateReferenceKind.LoopIndex when !isLoop =>
                    new DefinitionProblem("template.loop-outside-loop", "'{{loop.index}}' is only available in a looping step.", path),
                _ => null,
            };
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }
    }
}
