using static EventAgents.Domain.Tests.PipelineYaml.YamlAssert;

namespace EventAgents.Domain.Tests.PipelineYaml;

public sealed class PipelineYamlMistakeSpecs
{
    [Fact]
    public void Bad_yaml_syntax_names_its_line() => HasError("""
        name: broken
        steps:
          - id: plan
            type: agent
            prompt: "unterminated
        """, "yaml.syntax", 5);

    [Fact]
    public void An_unknown_step_type_names_the_type_line() => HasError("""
        name: p
        steps:
          - id: plan
            type: wizard
        """, "step.unknown-type", 4);

    [Fact]
    public void A_duplicate_step_id_names_the_second_id() => HasError("""
        name: p
        steps:
          - id: plan
            type: command
            run: make
          - id: plan
            type: command
            run: make test
        """, "step.duplicate-id", 6);

    [Fact]
    public void A_transition_to_an_unknown_step_names_the_transition() => HasError("""
        name: p
        steps:
          - id: test
            type: command
            run: make test
            on_result:
              fail: implemnt
        """, "transition.unknown-target", 7);

    [Fact]
    public void A_missing_required_field_names_its_step() => HasError("""
        name: p
        steps:
          - id: plan
            type: agent
            agent: architect
        """, "field.missing", 3);

    [Fact]
    public void A_bad_duration_names_its_line() => HasError("""
        name: p
        steps:
          - id: test
            type: command
            run: make test
            timeout: ten minutes
        """, "duration.invalid", 6);

    [Fact]
    public void An_unknown_field_of_an_agent_step_names_the_field() => HasError("""
        name: p
        steps:
          - id: plan
            type: agent
            agent: architect
            prompt: Plan it
            temperature: 0.2
        """, "field.unknown", 7);

    [Fact]
    public void A_cycle_without_a_max_names_the_closing_transition() => HasError("""
        name: p
        steps:
          - id: implement
            type: command
            run: make
          - id: test
            type: command
            run: make test
            on_result:
              fail: implement
        """, "cycle.without-max", 10);

    [Fact]
    public void A_value_of_the_wrong_type_names_its_line() => HasError("""
        name: p
        steps:
          - id: test
            type: command
            run: make test
            retry:
              max: three
        """, "value.wrong-type", 7);

    [Fact]
    public void A_pipeline_without_steps_is_reported() => HasError("""
        name: p
        steps: []
        """, "pipeline.empty", 2);

    [Fact]
    public void An_empty_document_is_reported() => HasError("", "pipeline.empty", 1);

    [Fact]
    public void A_loop_until_without_max_names_the_loop() => HasError("""
        name: p
        steps:
          - id: draft
            type: command
            run: make draft
            loop:
              until: pass
        """, "loop.until-without-max", 7);

    [Fact]
    public void An_unreadable_loop_condition_names_its_line() => HasError("""
        name: p
        steps:
          - id: draft
            type: command
            run: make draft
            loop: {until: "output is great", max: 3}
        """, "loop.invalid-until", 6);

    [Fact]
    public void A_template_reading_an_unknown_step_names_the_prompt() => HasError("""
        name: p
        steps:
          - id: plan
            type: agent
            agent: architect
            prompt: Improve {{steps.draft.output}}
        """, "template.unknown-step", 6);

    [Fact]
    public void A_template_reading_an_undeclared_input_names_the_prompt() => HasError("""
        name: p
        inputs: [goal]
        steps:
          - id: plan
            type: agent
            agent: architect
            prompt: Plan {{inputs.gaol}}
        """, "template.unknown-input", 7);

    [Fact]
    public void A_transition_into_a_parallel_branch_is_reported() => HasError("""
        name: p
        steps:
          - id: checks
            parallel:
              - {id: unit, type: command, run: make test}
              - {id: lint, type: command, run: make lint}
          - id: fix
            type: command
            run: make fix
            on_result: {pass: {goto: unit, max: 2}}
        """, "transition.into-branch", 10);

    [Fact]
    public void An_unknown_council_mode_names_its_line() => HasError("""
        name: p
        steps:
          - id: decide
            type: council
            agents: [a, b]
            prompt: Decide
            mode: shout
        """, "value.invalid-choice", 7);

    [Fact]
    public void A_step_id_reserved_for_council_members_names_its_line() => HasError("""
        name: p
        steps:
          - id: review
            type: council
            agents: [ada, bob]
            prompt: Review
          - id: review--ada
            type: command
            run: make
        """, "step.reserved-id", 7);

    [Fact]
    public void A_council_script_for_an_agent_not_on_it_names_its_line() => HasError("""
        name: p
        steps:
          - id: review
            type: council
            agents: [ada, bob]
            prompt: Review
            scripts:
              ada: []
              cy: []
        """, "council.script-without-member", 9);

    [Fact]
    public void Council_scripts_that_are_not_a_mapping_name_their_line() => HasError("""
        name: p
        steps:
          - id: review
            type: council
            agents: [ada, bob]
            prompt: Review
            scripts: [ada]
        """, "value.wrong-type", 7);

    [Fact]
    public void A_step_that_is_not_a_mapping_is_reported() => HasError("""
        name: p
        steps:
          - plan
        """, "value.wrong-type", 3);

    [Fact]
    public void A_transition_max_below_one_is_reported() => HasError("""
        name: p
        steps:
          - id: a
            type: command
            run: make
            on_result: {fail: {goto: a, max: 0}}
        """, "transition.invalid-max", 6);

    [Fact]
    public void A_missing_name_is_reported() => HasError("""
        steps:
          - id: a
            type: command
            run: make
        """, "field.missing", 1);

    [Fact]
    public void An_unknown_agent_is_reported_when_agents_are_known()
    {
        var result = Application.Pipelines.Defining.PipelineYaml.Parse("""
            name: p
            steps:
              - id: plan
                type: agent
                agent: wizard
                prompt: Plan
            """, new(new HashSet<string> { "architect" }));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("agent.unknown", 5), (error.Code, error.Line));
    }

    [Fact]
    public void Every_mistake_of_a_pipeline_is_reported_at_once()
    {
        var errors = Invalid("""
            name: p
            steps:
              - id: plan
                type: wizard
              - id: implement
                type: agent
                agent: engineer
                prompt: Do it
                timeout: soon
              - id: test
                type: command
                run: make test
                colour: red
                on_result: {fail: nowhere}
            """);
        Assert.Equal(
            [("step.unknown-type", 4), ("duration.invalid", 9), ("field.unknown", 13), ("transition.unknown-target", 14)],
            errors.Select(error => (error.Code, error.Line)).ToList());
    }

    [Fact]
    public void A_field_written_twice_names_the_second_one() => HasError("""
        name: p
        name: q
        steps:
          - {id: a, type: command, run: make}
        """, "field.duplicate", 2);

    [Fact]
    public void Bad_indentation_names_its_line() => HasError("""
        name: p
        steps:
          - id: a
            type: command
           run: make
        """, "yaml.syntax", 5);

    [Fact]
    public void A_document_that_is_not_a_mapping_is_one_error()
    {
        var error = Assert.Single(Invalid("- just\n- a list\n"));
        Assert.Equal(("value.wrong-type", 1), (error.Code, error.Line));
    }
}
