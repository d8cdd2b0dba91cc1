import { applyChange, emptyRun, foldChanges, type RunChangeEvent } from './runState';

const step = (stepId: string, status: string, extra: Partial<NonNullable<RunChangeEvent['step']>> = {}) => ({
  stepId,
  status,
  attempt: 1,
  iteration: 0,
  retries: 0,
  usage: { tokens: 0, costUsd: 0 },
  ...extra,
});

const changes: RunChangeEvent[] = [
  { version: 1, type: 'run.requested.v1', at: '2026-01-01T00:00:00Z', runStatus: 'PENDING' },
  { version: 2, type: 'run.step-started.v1', at: '2026-01-01T00:00:01Z', runStatus: 'RUNNING', stepId: 'plan', step: step('plan', 'RUNNING') },
  { version: 3, type: 'run.step-output-recorded.v1', at: '2026-01-01T00:00:02Z', runStatus: 'RUNNING', stepId: 'plan', output: 'tool write_file PLAN.md', step: step('plan', 'RUNNING', { usage: { tokens: 120, costUsd: 0.01 } }) },
  { version: 4, type: 'run.step-completed.v1', at: '2026-01-01T00:00:03Z', runStatus: 'RUNNING', stepId: 'plan', result: 'pass', step: step('plan', 'COMPLETED', { result: 'pass', usage: { tokens: 120, costUsd: 0.01 } }) },
  { version: 5, type: 'run.gate-approval-requested.v1', at: '2026-01-01T00:00:04Z', runStatus: 'RUNNING', stepId: 'approve', step: step('approve', 'AWAITING_APPROVAL') },
];

describe('run state', () => {
  it('folds every change into step states, output log, tokens and cost', () => {
    const run = foldChanges(changes);
    expect(run.version).toBe(5);
    expect(run.steps.plan).toMatchObject({ status: 'COMPLETED', result: 'pass', tokens: 120, costUsd: 0.01 });
    expect(run.steps.plan.log.map((l) => l.text)).toEqual(['tool write_file PLAN.md']);
    expect(run.steps.approve.status).toBe('AWAITING_APPROVAL');
  });

  it('shows the run as it was after the first n changes (time travel)', () => {
    const early = foldChanges(changes, 2);
    expect(early.steps.plan.status).toBe('RUNNING');
    expect(early.steps.approve).toBeUndefined();
  });

  it('ignores a replayed change it already applied', () => {
    const run = foldChanges(changes);
    expect(applyChange(run, changes[2])).toBe(run);
    expect(applyChange(emptyRun(), changes[0]).status).toBe('PENDING');
  });

  it('keeps the question a step waits on until a change without it (answered, or the attempt ended)', () => {
    const question = { id: 'q1', text: 'Which branch?', askedAt: '2026-01-01T00:00:05Z', attempt: 1 };
    const asked = applyChange(foldChanges(changes), { version: 6, type: 'run.step-question-asked.v1', at: question.askedAt, runStatus: 'RUNNING', stepId: 'plan', step: step('plan', 'RUNNING', { question }) });
    expect(asked.steps.plan.question).toEqual(question);
    const answered = applyChange(asked, { version: 7, type: 'run.step-question-answered.v1', at: '2026-01-01T00:00:06Z', runStatus: 'RUNNING', stepId: 'plan', step: step('plan', 'RUNNING') });
    expect(answered.steps.plan.question).toBeNull();
  });

  it('drops the question a step waited on once the run is finished, as the read model does', () => {
    const question = { id: 'q1', text: 'Which branch?', askedAt: '2026-01-01T00:00:05Z', attempt: 1 };
    const asked = applyChange(foldChanges(changes), { version: 6, type: 'run.step-question-asked.v1', at: question.askedAt, runStatus: 'RUNNING', stepId: 'plan', step: step('plan', 'RUNNING', { question }) });
    const cancelled = applyChange(asked, { version: 7, type: 'run.cancelled.v1', at: '2026-01-01T00:00:06Z', runStatus: 'CANCELLED' });
    expect(cancelled.steps.plan.question).toBeNull();
  });
});
