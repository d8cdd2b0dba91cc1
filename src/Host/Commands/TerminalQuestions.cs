using EventAgents.Application.Runs.Commanding;
using EventAgents.Domain.Runs;

namespace EventAgents.Host.Commands;

/// <summary>
/// Answers the question an agent of a followed run asks with a line read from the terminal. An empty line, or the end of
/// the input (say, from a script), leaves the question to be answered elsewhere: the dashboard's run page or GraphQL.
/// </summary>
public sealed class TerminalQuestions(RunCommands runs, TextReader input, TextWriter output, string person, Uri dashboard, TimeProvider clock)
{
    public async Task AnswerAsync(StepQuestionAsked question, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(question);
        await output.WriteAsync("          answer> ").ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
        var line = await input.ReadLineAsync(ct).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(line))
        {
            await output.WriteLineAsync($"          (not answered here: answer it on {new Uri(dashboard, $"runs/{question.RunId}")})").ConfigureAwait(false);
            return;
        }

        var answered = await runs.HandleAsync(
            new AnswerQuestion(question.RunId, question.StepId, question.QuestionId, line.Trim(), person, clock.GetUtcNow()), person, ct).ConfigureAwait(false);
        if (answered.Error is { } refused)
        {
            await output.WriteLineAsync($"          the answer was refused: {refused.Message}").ConfigureAwait(false);
        }
    }
}
