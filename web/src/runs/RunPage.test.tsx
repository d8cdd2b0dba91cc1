import { screen, waitFor, within } from '@testing-library/react';
import { pushable, renderApp } from '../test/schemaClient';

const source = `name: gated-release
steps:
  - id: build
    type: command
    run: make
  - id: approve
    type: gate
    on_result: {pass: ship, fail: end}
  - id: ship
    type: command
    run: push
`;

const usage = { tokens: 0, costUsd: 0 };
const step = (stepId: string, status: string, extra = {}) => ({ stepId, status, attempt: 1, iteration: 0, retries: 0, output: null, result: null, reason: null, dueAt: null, usage, ...extra });
const change = (version: number, type: string, runStatus: string, stepState?: ReturnType<typeof step>, output?: string) => ({
  runChanged: { runId: 'r1', version, position: version, type, at: '2026-11-21T07:00:00Z', runStatus, stepId: stepState?.stepId ?? null, step: stepState ?? null, output: output ?? null, result: null, data: {} },
});

describe('RunPage', () => {
  it('colours each step of the graph from the live changes and offers the gate when it waits', async () => {
    const changes = pushable<unknown>();
    renderApp('/runs/r1', {
      run: () => ({
        id: 'UnVuOnIx',
        runId: 'r1',
        status: 'PENDING',
        projectId: 'sample',
        pipelineId: 'sample--gated-release',
        pipelineVersion: 1,
        requestedBy: 'ada',
        inputs: {},
        requestedAt: '2026-11-21T07:00:00Z',
        version: 1,
        stream: 'run-r1',
        pipeline: { id: 'UGlw', name: 'gated-release', versions: [{ number: 1, source }] },
        steps: [],
      }),
      runChanged: () => changes,
    });
    const node = async (id: string) => (await screen.findByTestId('pipeline-graph')).querySelector(`[data-step="${id}"]`);
    await waitFor(async () => expect(await node('build')).toHaveAttribute('data-status', 'NOT_REACHED'));

    changes.push(change(1, 'run.requested.v1', 'PENDING'));
    changes.push(change(2, 'run.step-started.v1', 'RUNNING', step('build', 'RUNNING')));
    await waitFor(async () => expect(await node('build')).toHaveAttribute('data-status', 'RUNNING'));

    changes.push(change(3, 'run.step-output-recorded.v1', 'RUNNING', step('build', 'RUNNING', { usage: { tokens: 42, costUsd: 0.5 } }), 'building'));
    expect(await screen.findByTestId('output-build')).toHaveTextContent('building');
    expect(screen.getByTestId('run-usage')).toHaveTextContent('42 tokens · $0.50');

    changes.push(change(4, 'run.step-completed.v1', 'RUNNING', step('build', 'COMPLETED', { result: 'pass' })));
    changes.push(change(5, 'run.gate-approval-requested.v1', 'RUNNING', step('approve', 'AWAITING_APPROVAL')));
    await waitFor(async () => expect(await node('approve')).toHaveAttribute('data-status', 'AWAITING_APPROVAL'));
    expect(await node('build')).toHaveAttribute('data-status', 'COMPLETED');
    expect(within(screen.getByLabelText('Gate approve')).getByRole('button', { name: 'Approve' })).toBeEnabled();
    expect(within(screen.getByTestId('run-status')).getByText('running')).toBeInTheDocument();
    changes.end();
  });
});
