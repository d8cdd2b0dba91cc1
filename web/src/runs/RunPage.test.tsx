import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  it('takes the gate decision away once the run is cancelled while the gate waits', async () => {
    const changes = pushable<unknown>();
    renderApp('/runs/r1', {
      run: () => ({
        id: 'UnVuOnIx', runId: 'r1', status: 'PENDING', projectId: 'sample', pipelineId: 'sample--gated-release', pipelineVersion: 1, requestedBy: 'ada', inputs: {},
        requestedAt: '2026-11-21T07:00:00Z', version: 1, stream: 'run-r1', pipeline: { id: 'UGlw', name: 'gated-release', versions: [{ number: 1, source }] }, steps: [],
      }),
      runChanged: () => changes,
    });
    changes.push(change(1, 'run.requested.v1', 'PENDING'));
    changes.push(change(2, 'run.step-completed.v1', 'RUNNING', step('build', 'COMPLETED', { result: 'pass' })));
    changes.push(change(3, 'run.gate-approval-requested.v1', 'RUNNING', step('approve', 'AWAITING_APPROVAL')));
    expect(await screen.findByLabelText('Gate approve')).toBeInTheDocument();

    changes.push(change(4, 'run.cancelled.v1', 'CANCELLED'));

    await waitFor(() => expect(within(screen.getByTestId('run-status')).getByText('cancelled')).toBeInTheDocument());
    expect(screen.queryByLabelText('Gate approve')).toBeNull();
    changes.end();
  });

  it('puts the question an agent waits on at the top of the page, answers it, and drops it once the answer is recorded', async () => {
    const agentSource = `name: asking
steps:
  - id: work
    type: agent
    agent: engineer
    prompt: work
`;
    const changes = pushable<unknown>();
    const answers: unknown[] = [];
    const question = { id: 'q1', text: 'Which branch should I push to?', askedAt: '2026-11-21T07:01:00Z', attempt: 1 };
    const asked = { ...question, answer: null, answeredBy: null, answeredAt: null };
    renderApp('/runs/r1', {
      run: () => ({
        id: 'UnVuOnIx', runId: 'r1', status: 'RUNNING', projectId: 'sample', pipelineId: 'sample--asking', pipelineVersion: 1, requestedBy: 'ada', inputs: {},
        requestedAt: '2026-11-21T07:00:00Z', version: 3, stream: 'run-r1',
        pipeline: { id: 'UGlw', name: 'asking', versions: [{ number: 1, source: agentSource }] },
        steps: [{ ...step('work', 'RUNNING'), toolCalls: [], question: null, questions: answers.length > 0 ? [{ ...asked, answer: 'main', answeredBy: 'key:ops', answeredAt: '2026-11-21T07:02:00Z' }] : [asked] }],
      }),
      runChanged: () => changes,
      answerStepQuestion: ({ input }: { input: unknown }) => {
        answers.push(input);
        return { version: 5, errors: [] };
      },
    });
    changes.push(change(1, 'run.requested.v1', 'PENDING'));
    changes.push(change(2, 'run.started.v1', 'RUNNING'));
    changes.push(change(3, 'run.step-started.v1', 'RUNNING', step('work', 'RUNNING')));
    changes.push(change(4, 'run.step-question-asked.v1', 'RUNNING', step('work', 'RUNNING', { question })));

    const notice = await screen.findByLabelText('Question of work');
    expect(notice).toHaveTextContent('Which branch should I push to?');
    expect(await screen.findByTestId('question-work')).toHaveTextContent('Waiting for your answer: Which branch should I push to?');
    await userEvent.type(within(notice).getByLabelText('Your answer'), 'main');
    await userEvent.click(within(notice).getByRole('button', { name: 'Answer' }));
    await waitFor(() => expect(answers).toEqual([{ runId: 'r1', stepId: 'work', questionId: 'q1', answer: 'main' }]));

    changes.push(change(5, 'run.step-question-answered.v1', 'RUNNING', step('work', 'RUNNING', { question: null })));
    await waitFor(() => expect(screen.queryByLabelText('Question of work')).toBeNull());
    expect(screen.queryByTestId('question-work')).toBeNull();
    expect(await screen.findByText(/→ main/)).toBeInTheDocument();
    changes.end();
  });

  it('asks the read model for the question history again until it has caught up with the answer', async () => {
    const agentSource = `name: asking
steps:
  - id: work
    type: agent
    agent: engineer
    prompt: work
`;
    const changes = pushable<unknown>();
    const question = { id: 'q1', text: 'Which branch should I push to?', askedAt: '2026-11-21T07:01:00Z', attempt: 1 };
    const asked = { ...question, answer: null, answeredBy: null, answeredAt: null };
    // The read model lags: only the third query after the answer is recorded finds it.
    let answerRecorded = false;
    let queriesSince = 0;
    renderApp('/runs/r1', {
      run: () => {
        const caughtUp = answerRecorded && ++queriesSince >= 3;
        return {
          id: 'UnVuOnIx', runId: 'r1', status: 'RUNNING', projectId: 'sample', pipelineId: 'sample--asking', pipelineVersion: 1, requestedBy: 'ada', inputs: {},
          requestedAt: '2026-11-21T07:00:00Z', version: caughtUp ? 5 : 4, stream: 'run-r1',
          pipeline: { id: 'UGlw', name: 'asking', versions: [{ number: 1, source: agentSource }] },
          steps: [{
            ...step('work', 'RUNNING'), toolCalls: [], question: caughtUp ? null : question,
            questions: [caughtUp ? { ...asked, answer: 'main', answeredBy: 'key:ops', answeredAt: '2026-11-21T07:02:00Z' } : asked],
          }],
        };
      },
      runChanged: () => changes,
    });
    changes.push(change(1, 'run.requested.v1', 'PENDING'));
    changes.push(change(2, 'run.started.v1', 'RUNNING'));
    changes.push(change(3, 'run.step-started.v1', 'RUNNING', step('work', 'RUNNING')));
    changes.push(change(4, 'run.step-question-asked.v1', 'RUNNING', step('work', 'RUNNING', { question })));
    expect(await screen.findByText('waiting for an answer')).toBeInTheDocument();

    answerRecorded = true;
    changes.push(change(5, 'run.step-question-answered.v1', 'RUNNING', step('work', 'RUNNING', { question: null })));

    expect(await screen.findByText(/→ main/, undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(queriesSince).toBe(3);
    changes.end();
  });
});
