using EventAgents.Domain.Pipelines;
using YamlDotNet.RepresentationModel;

namespace EventAgents.Application.Pipelines.Defining;

internal sealed partial class PipelineReader
{
    private static readonly string[] TransitionFields = ["goto", "max"];
    private static readonly string[] RetryFields = ["max", "backoff"];
    private static readonly string[] LoopFields = ["over", "until", "max"];
    private static readonly string[] BudgetFields = ["tokens", "usd"];

    private StepFlow ReadFlow(Dictionary<string, YamlNode> fields, string path) => new(
        fields.TryGetValue("on_result", out var onResult) ? Transitions(onResult, $"{path}.on_result") : new Dictionary<string, Transition>(),
        Scalar(fields, path, "next", required: false, "a step id"),
        fields.TryGetValue("retry", out var retry) ? Retry(retry, $"{path}.retry") : null,
        fields.TryGetValue("loop", out var loop) ? Loop(loop, $"{path}.loop") : null,
        Duration(fields, path, "timeout"),
        fields.TryGetValue("budget", out var budget) ? Budget(budget, $"{path}.budget") : null)
    {
        Network = Bool(fields, path, "network") ?? false,
    };

    private Dictionary<string, Transition> Transitions(YamlNode node, string path)
    {
        var transitions = new Dictionary<string, Transition>(StringComparer.Ordinal);
        Remember(path, node);
        if (node is not YamlMappingNode mapping)
        {
            Error("value.wrong-type", $"'on_result' must map results to steps, not {Describe(node)}.", node, path);
            return transitions;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var result = (keyNode as YamlScalarNode)?.Value ?? "";
            var resultPath = $"{path}.{result}";
            Remember(resultPath, value);
            if (value is YamlScalarNode { Value: { Length: > 0 } target })
            {
                transitions[result] = new Transition(target);
                continue;
            }

            var fields = Fields(value, resultPath, TransitionFields, "transition");
            var goTo = Scalar(fields, resultPath, "goto", required: true, "a step id");
            var max = Int(fields, resultPath, "max");
            transitions[result] = new Transition(goTo ?? Transition.End, max);
        }

        return transitions;
    }

    private RetryPolicy Retry(YamlNode node, string path)
    {
        var fields = Fields(node, path, RetryFields, "retry");
        return new RetryPolicy(Int(fields, path, "max", required: true) ?? 1, Duration(fields, path, "backoff") ?? TimeSpan.Zero);
    }

    private LoopPolicy Loop(YamlNode node, string path)
    {
        var fields = Fields(node, path, LoopFields, "loop");
        var until = Scalar(fields, path, "until", required: false, "a condition");
        var condition = until is null ? null : LoopCondition.TryParse(until);
        if (until is not null && condition is null)
        {
            Error("loop.invalid-until", $"'{until}' is not a condition; write 'pass', 'result == x', 'result != x' or 'output contains \"text\"'.", fields["until"], $"{path}.until");
        }

        var over = Scalar(fields, path, "over", required: false, "a list reference");
        return new LoopPolicy(over, condition ?? (until is null ? null : new LoopCondition(LoopSubject.Result, false, StepResults.Pass)), Int(fields, path, "max"));
    }

    private StepBudget Budget(YamlNode node, string path)
    {
        var fields = Fields(node, path, BudgetFields, "budget");
        return new StepBudget(Int(fields, path, "tokens"), Decimal(fields, path, "usd"));
    }
}
