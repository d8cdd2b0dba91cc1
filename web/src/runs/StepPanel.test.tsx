import { render, screen, within } from '@testing-library/react';
import { StepPanel } from './StepPanel';

describe('StepPanel', () => {
  it('lists a step tool calls, its output with reported tool calls, tokens and cost', () => {
    render(
      <StepPanel
        order={['plan']}
        onSelect={() => {}}
        steps={{
          plan: {
            stepId: 'plan', status: 'COMPLETED', attempt: 1, iteration: 1, retries: 0, result: 'pass', tokens: 1200, costUsd: 0.25,
            log: [{ at: 'now', text: '[write_file] {"path":"PLAN.md"} -> Wrote 37 bytes to PLAN.md.' }, { at: 'now', text: 'Plan written.' }],
            toolCalls: [{ attempt: 1, sequence: 1, tool: 'run_command', arguments: '{"command":"false"}', result: 'exit 1', isError: true, durationMs: 12 }],
          },
        }}
      />,
    );
    const calls = screen.getByLabelText('Tool calls of plan');
    expect(within(calls).getByText('run_command')).toBeInTheDocument();
    expect(within(calls).getByText('exit 1')).toHaveClass('text-red-700');
    const output = screen.getByTestId('output-plan');
    expect(output.querySelector('[data-tool-call="write_file"]')).toHaveTextContent('→ Wrote 37 bytes to PLAN.md.');
    expect(output).toHaveTextContent('Plan written.');
    expect(screen.getByText('1200 tokens · $0.25')).toBeInTheDocument();
  });

  it('shows the question the agent waits on and the questions asked before with their answers', () => {
    render(
      <StepPanel
        order={['work']}
        onSelect={() => {}}
        steps={{
          work: {
            stepId: 'work', status: 'RUNNING', attempt: 2, iteration: 1, retries: 1, tokens: 0, costUsd: 0, log: [],
            question: { id: 'q1', text: 'Which branch, again?', askedAt: '2026-11-21T07:10:00Z', attempt: 2 },
            questions: [
              { id: 'q1', text: 'Which branch?', askedAt: '2026-11-21T07:01:00Z', attempt: 1, answer: 'main', answeredBy: 'key:ops', answeredAt: '2026-11-21T07:02:00Z' },
              { id: 'q2', text: 'Deploy too?', askedAt: '2026-11-21T07:03:00Z', attempt: 1, answer: null, answeredBy: null, answeredAt: null },
              { id: 'q1', text: 'Which branch, again?', askedAt: '2026-11-21T07:10:00Z', attempt: 2, answer: null, answeredBy: null, answeredAt: null },
            ],
          },
        }}
      />,
    );
    expect(screen.getByTestId('question-work')).toHaveTextContent('Waiting for your answer: Which branch, again?');
    const history = within(screen.getByLabelText('Questions of work')).getAllByRole('listitem');
    expect(history.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/attempt 1 .*Which branch\?→ main \(key:ops, /),
      expect.stringMatching(/attempt 1 .*Deploy too\?not answered$/),
      expect.stringMatching(/attempt 2 .*Which branch, again\?waiting for an answer$/),
    ]);
  });
});
