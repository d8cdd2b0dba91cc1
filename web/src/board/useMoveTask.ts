import { useMutation } from 'urql';
import { CommandErrorFields } from '../graphql/errorFragments';
import { graphql } from '../graphql/graphql';
import type { UserErrorLike } from '../ui/format';

const MoveTaskMutation = graphql(`
  mutation MoveTask($input: MoveTaskInput!) {
    moveTask(input: $input) {
      version
      task {
        taskId
        status
        version
      }
      errors { ...CommandErrorFields }
    }
  }
`, [CommandErrorFields]);

type TaskStatus = 'BACKLOG' | 'READY' | 'CLAIMED' | 'IN_PROGRESS' | 'REVIEW' | 'DONE' | 'FAILED' | 'BLOCKED';

export interface MoveRequest {
  boardId: string;
  taskId: string;
  to: string;
  expectedVersion: number;
}

export type MoveOutcome = { ok: true } | { ok: false; conflict: boolean; message: string };

/** Moves a task to another column, guarded by the task version the person saw. */
export function useMoveTask(): (request: MoveRequest) => Promise<MoveOutcome> {
  const [, moveTask] = useMutation(MoveTaskMutation);
  return async ({ boardId, taskId, to, expectedVersion }) => {
    const result = await moveTask({ input: { boardId, taskId, to: to as TaskStatus, expectedVersion } });
    if (result.error) return { ok: false, conflict: false, message: result.error.message };
    return moveOutcome(result.data?.moveTask.errors ?? []);
  };
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
