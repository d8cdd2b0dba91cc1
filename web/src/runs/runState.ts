/** One event of a run as the runChanged subscription sends it. */
export interface RunChangeEvent {
  version: number;
  type: string;
  at: string;
  runStatus: string;
  stepId?: string | null;
  output?: string | null;
  result?: string | null;
  step?: {
    stepId: string;
    status: string;
    attempt: number;
    iteration: number;
    retries: number;
    output?: string | null;
    result?: string | null;
    usage: { tokens: number; costUsd: number };
    reason?: string | null;
    question?: PendingQuestion | null;
  } | null;
}

/** The question a step's running attempt waits on a person to answer. */
export interface PendingQuestion {
  id: string;
  text: string;
  askedAt: string;
  attempt: number;
}

/** A question a step's agent asked, with the answer once given (the run query's RunStep.questions). */
export interface AskedQuestion extends PendingQuestion {
  answer?: string | null;
  answeredBy?: string | null;
  answeredAt?: string | null;
}

export interface LiveStep {
  stepId: string;
  status: string;
  attempt: number;
  iteration: number;
  retries: number;
  result?: string | null;
  reason?: string | null;
  tokens: number;
  costUsd: number;
  /** Every output the step recorded, in order (agent progress, tool calls, command output). */
  log: { at: string; text: string }[];
  /** The tool calls the read model keeps for the step (the run query's RunStep.toolCalls). */
  toolCalls?: readonly StepToolCall[];
  /** The question the step's agent waits on a person to answer. */
  question?: PendingQuestion | null;
  /** Every question the step's agents asked (the run query's RunStep.questions). */
  questions?: readonly AskedQuestion[];
}

export interface StepToolCall {
  attempt: number;
  sequence: number;
  tool: string;
  arguments: string;
  result: string;
  isError: boolean;
  durationMs: number;
}

export interface LiveRun {
  status: string;
  version: number;
  steps: Record<string, LiveStep>;
}

export const emptyRun = (status = 'PENDING', version = 0): LiveRun => ({ status, version, steps: {} });

/** Whether a run in this status is over: it waits on no one any more. */
export const isFinishedRun = (status: string) => ['COMPLETED', 'FAILED', 'CANCELLED'].includes(status);

/** Applies one change; a change at or below the version already applied is a replayed duplicate and is ignored. */
export function applyChange(run: LiveRun, change: RunChangeEvent): LiveRun {
  if (change.version <= run.version) return run;
  const steps = { ...run.steps };
  if (change.step) {
    const before = steps[change.step.stepId];
    const log = before?.log ?? [];
    const text = change.type.startsWith('run.step-output-recorded') ? change.output ?? change.step.output : null;
    steps[change.step.stepId] = {
      stepId: change.step.stepId,
      status: change.step.status,
      attempt: change.step.attempt,
      iteration: change.step.iteration,
      retries: change.step.retries,
      result: change.step.result,
      reason: change.step.reason,
      tokens: change.step.usage.tokens,
      costUsd: change.step.usage.costUsd,
      question: change.step.question ?? null,
      log: text ? [...log, { at: change.at, text }] : log,
    };
  }
  // A finished run waits on no one (the read model drops its pending questions too): its last step changes may still carry one.
  if (isFinishedRun(change.runStatus)) {
    for (const [id, step] of Object.entries(steps)) if (step.question) steps[id] = { ...step, question: null };
  }
  return { status: change.runStatus, version: change.version, steps };
}

/** The run as it was right after its first `count` changes (time travel). */
export function foldChanges(changes: RunChangeEvent[], count = changes.length): LiveRun {
  return changes.slice(0, count).reduce(applyChange, emptyRun());
}
