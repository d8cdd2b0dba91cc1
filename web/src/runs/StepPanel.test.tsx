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
});
