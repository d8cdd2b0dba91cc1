import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pushable, renderApp } from '../test/schemaClient';

const page = { hasNextPage: false, hasPreviousPage: false };
const task = (taskId: string, title: string, status: string, version: number) => ({
  id: `T:${taskId}`, taskId, boardId: 'b', title, description: '', status, assignee: null, branch: null,
  pullRequestNumber: null, pullRequestUrl: null, dependsOn: [], createdAt: 'now', updatedAt: 'now', version,
});

/** The board as the API answers it; `tasks` is read at each query, so a test can change the board between reads. */
function boardApi(tasks: ReturnType<typeof task>[], moveTask: (input: Record<string, unknown>) => unknown) {
  const column = (status: string, name: string, wipLimit: number | null) => ({
    status, name, wipLimit, tasks: () => { const nodes = tasks.filter((t) => t.status === status); return { nodes, edges: [], pageInfo: page }; },
  });
  return {
    boards: () => ({ nodes: [{ boardId: 'b', name: 'Sample board', projectId: 'p' }], edges: [], pageInfo: page }),
    board: () => ({
      id: 'B:b', boardId: 'b', name: 'Sample board', projectId: 'p', version: 9, createdAt: 'now', updatedAt: 'now',
      columns: [column('READY', 'Ready', null), column('IN_PROGRESS', 'In progress', 2)],
    }),
    streamEvents: () => pushable(),
    moveTask: ({ input }: { input: Record<string, unknown> }) => moveTask(input),
  };
}

function drag(title: string, column: string) {
  const data = new Map<string, string>();
  const dataTransfer = { setData: (k: string, v: string) => data.set(k, v), getData: (k: string) => data.get(k) ?? '' };
  fireEvent.dragStart(screen.getByText(title).closest('[data-task]')!, { dataTransfer });
  fireEvent.drop(screen.getByLabelText(`Column ${column}`), { dataTransfer });
}

describe('BoardPage', () => {
  it('moves a dragged task with the version it showed', async () => {
    const tasks = [task('greeting', 'Print a greeting', 'READY', 2)];
    const sent: unknown[] = [];
    renderApp('/board', boardApi(tasks, (input) => {
      sent.push(input);
      tasks[0] = task('greeting', 'Print a greeting', 'IN_PROGRESS', 3);
      return { boardId: 'b', taskId: 'greeting', version: 3, task: tasks[0], errors: [] };
    }));
    await screen.findByText('Print a greeting');
    drag('Print a greeting', 'In progress');
    expect(await screen.findByText('Moved greeting to In progress.')).toBeInTheDocument();
    expect(sent).toEqual([{ boardId: 'b', taskId: 'greeting', to: 'IN_PROGRESS', expectedVersion: 2 }]);
    await waitFor(() => expect(within(screen.getByLabelText('Column In progress')).getByText('Print a greeting')).toBeInTheDocument());
  });

  it('explains a conflict and shows the board as it is now', async () => {
    const tasks = [task('greeting', 'Print a greeting', 'READY', 2)];
    renderApp('/board', boardApi(tasks, () => {
      // Someone else moved it first: the server refuses the stale version.
      tasks[0] = task('greeting', 'Print a greeting', 'IN_PROGRESS', 3);
      return { boardId: 'b', taskId: 'greeting', version: null, task: null, errors: [{ __typename: 'ConflictError', code: 'conflict', message: 'stale', expectedVersion: 2, actualVersion: 3 }] };
    }));
    await screen.findByText('Print a greeting');
    drag('Print a greeting', 'Ready');
    drag('Print a greeting', 'In progress');
    expect(await screen.findByRole('alert')).toHaveTextContent('changed by someone else');
    await waitFor(() => expect(within(screen.getByLabelText('Column In progress')).getByText('Print a greeting')).toBeInTheDocument());
  });
});
