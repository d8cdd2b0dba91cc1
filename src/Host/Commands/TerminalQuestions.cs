using EventAgents.Application.Runs.Commanding;
using EventAgents.Domain.Runs;

namespace EventAgents.Host.Commands;

/// <summary>
/// Answers the question an agent of a followed run asks with a line read from the terminal. An empty line, or the end of
/// the input (say, from a script), leaves the question to be answered elsewhere: the dashboard's run page or GraphQL.
/// </summary>
public sealed class TerminalQuestions(RunCommands runs, TextReader input, TextWriter output, string person, Uri dashboard, TimeProvider clock)
{
    // The console reads synchronously and cannot be cancelled, so the read runs on its own thread; one left waiting when a
    // question was answered elsewhere takes the next line typed, for the next question.
    private Task<string?>? reading;

    /// <summary>
    /// Prompts for the answer and records it. Gives up without an answer once <paramref name="settled"/> is cancelled:
    /// the question was answered elsewhere, its attempt ended, or the run did.
    /// </summary>
    public async Task AnswerAsync(StepQuestionAsked question, CancellationToken settled)
    {
        ArgumentNullException.ThrowIfNull(question);
        try
        {
            await output.WriteAsync("          answer> ").ConfigureAwait(false);
            await output.FlushAsync(settled).ConfigureAwait(false);
            reading ??= Task.Run(input.ReadLine, CancellationToken.None);
            var line = await reading.WaitAsync(settled).ConfigureAwait(false);
            reading = null;
            if (string.IsNullOrWhiteSpace(line))
            {
                await output.WriteLineAsync($"          (not answered here: answer it on {new Uri(dashboard, $"runs/{question.RunId}")})").ConfigureAwait(false);
                return;
            }

            var answered = await runs.HandleAsync(
                new AnswerQuestion(question.RunId, question.StepId, question.QuestionId, line.Trim(), person, clock.GetUtcNow()), person, settled).ConfigureAwait(false);
            if (answered.Error is { } refused)
            {
                await output.WriteLineAsync($"          the answer was refused: {refused.Message}").ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (settled.IsCancellationRequested)
        {
            // Answered elsewhere or no longer wanted; the run's events say which.
        }
    }
}
