import type { UserErrorLike } from '../ui/format';

export interface MoveRequest {
  boardId: string;
  taskId: string;
  to: string;
  expectedVersion: number;
}

export type MoveOutcome = { ok: true } | { ok: false; conflict: boolean; message: string };

/**
 * Moves a task to another column with the version the person saw. The schema has no moveTask mutation yet
 * (web/API-NEEDS.md), so this refuses with that explanation; the board handles refusals and conflicts alike.
 */
export function useMoveTask(): (request: MoveRequest) => Promise<MoveOutcome> {
  return async () => ({
    ok: false,
    conflict: false,
    message: 'Moving tasks needs the moveTask mutation, which the API does not offer yet.',
  });
}

export function moveOutcome(errors: readonly UserErrorLike[]): MoveOutcome {
  if (errors.length === 0) return { ok: true };
  const conflict = errors.some((e) => e.__typename === 'ConflictError');
  return {
    ok: false,
    conflict,
    message: conflict
      ? 'This task was changed by someone else since you loaded the board. The board has been refreshed: check the task and move it again.'
      : errors.map((e) => e.message).join(' '),
  };
}
