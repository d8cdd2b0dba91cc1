import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuestionAnswer } from './QuestionAnswer';
import { renderWithApi } from '../test/schemaClient';

const question = { id: 'q1', text: 'Which branch should I push to?', askedAt: '2026-11-21T07:00:00Z', attempt: 2 };

describe('QuestionAnswer', () => {
  it('shows the question and sends the answer for that question', async () => {
    const calls: unknown[] = [];
    const answered = vi.fn();
    renderWithApi(<QuestionAnswer runId="r1" stepId="work" question={question} onAnswered={answered} />, {
      answerStepQuestion: ({ input }: { input: unknown }) => {
        calls.push(input);
        return { version: 9, errors: [] };
      },
    });
    expect(await screen.findByText('Which branch should I push to?')).toBeInTheDocument();
    // A screen reader names the box by its step and reads the question with the answer field.
    const box = screen.getByRole('group', { name: 'Question of work' });
    expect(within(box).getByRole('textbox', { name: 'Your answer' })).toHaveAccessibleDescription('Which branch should I push to?');
    const send = screen.getByRole('button', { name: 'Answer' });
    expect(send).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Your answer'), 'main');
    await userEvent.click(send);
    await waitFor(() => expect(answered).toHaveBeenCalled());
    expect(calls).toEqual([{ runId: 'r1', stepId: 'work', questionId: 'q1', answer: 'main' }]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows why the answer was refused', async () => {
    renderWithApi(<QuestionAnswer runId="r1" stepId="work" question={question} onAnswered={() => {}} />, {
      answerStepQuestion: () => ({
        version: null,
        errors: [{ __typename: 'RefusedError', code: 'question.already-answered', message: "Question 'q1' was already answered by key:ops." }],
      }),
    });
    await userEvent.type(await screen.findByLabelText('Your answer'), 'develop');
    await userEvent.click(screen.getByRole('button', { name: 'Answer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Question 'q1' was already answered by key:ops. (question.already-answered)");
  });
});
