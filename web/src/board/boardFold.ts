/** Task statuses in the domain's order (BoardTaskStatus), which is also the board's column order. */
export const taskStatuses = ['BACKLOG', 'READY', 'CLAIMED', 'IN_PROGRESS', 'REVIEW', 'DONE', 'FAILED', 'BLOCKED'] as const;
export type TaskStatusName = (typeof taskStatuses)[number];

/** An event as streamEvents returns it. */
export interface StoredEvent {
  version: number;
  type: string;
  at: string;
  data: unknown;
  actor?: string | null;
}

export interface BoardTaskView {
  taskId: string;
  title: string;
  status: TaskStatusName;
  assignee?: string;
  branch?: string;
  pullRequestUrl?: string;
}

export interface BoardView {
  name: string;
  wipLimits: Partial<Record<TaskStatusName, number | null>>;
  tasks: Record<string, BoardTaskView>;
}

/** Event data holds enums as numbers or as names (InProgress); both become the schema's IN_PROGRESS. */
export function statusName(value: unknown): TaskStatusName {
  if (typeof value === 'number') return taskStatuses[value] ?? 'BACKLOG';
  const name = String(value).replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return (taskStatuses as readonly string[]).includes(name) ? (name as TaskStatusName) : 'BACKLOG';
}

const field = (data: unknown, name: string): unknown => (data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[name] : undefined);

/** The board as it was after `events` (time travel): folds the board stream's events, oldest first. */
export function foldBoard(events: readonly StoredEvent[]): BoardView {
  const board: BoardView = { name: '', wipLimits: {}, tasks: {} };
  for (const event of events) {
    const data = event.data;
    const taskId = String(field(data, 'taskId') ?? '');
    const task = board.tasks[taskId];
    const kind = event.type.replace(/\.v\d+$/, '');
    switch (kind) {
      case 'board.created':
        board.name = String(field(data, 'name') ?? '');
        for (const column of (field(data, 'columns') as unknown[]) ?? []) {
          const limit = field(column, 'wipLimit');
          board.wipLimits[statusName(field(column, 'status'))] = typeof limit === 'number' ? limit : null;
        }
        break;
      case 'board.wip-limit-set': {
        const limit = field(data, 'limit');
        board.wipLimits[statusName(field(data, 'status'))] = typeof limit === 'number' ? limit : null;
        break;
      }
      case 'task.created':
        board.tasks[taskId] = { taskId, title: String(field(data, 'title') ?? taskId), status: 'BACKLOG' };
        break;
      case 'task.moved':
        if (task) board.tasks[taskId] = { ...task, status: statusName(field(data, 'to')) };
        break;
      case 'task.claimed':
        if (task) board.tasks[taskId] = { ...task, status: 'CLAIMED', assignee: String(field(data, 'assignee') ?? ''), branch: String(field(data, 'branch') ?? '') };
        break;
      case 'task.pull-request-linked':
        if (task) board.tasks[taskId] = { ...task, pullRequestUrl: String(field(data, 'url') ?? '') };
        break;
    }
  }
  return board;
}

/** A human sentence for one board event, for timelines and task histories. */
export function describeBoardEvent(event: StoredEvent): string {
  const data = event.data;
  const task = field(data, 'taskId');
  switch (event.type.replace(/\.v\d+$/, '')) {
    case 'board.created':
      return `Board “${field(data, 'name')}” created`;
    case 'board.wip-limit-set':
      return `WIP limit of ${statusName(field(data, 'status')).toLowerCase()} set to ${field(data, 'limit') ?? 'none'}`;
    case 'task.created':
      return `Task ${task} created: ${field(data, 'title')}`;
    case 'task.moved':
      return `Task ${task} moved from ${statusName(field(data, 'from')).toLowerCase()} to ${statusName(field(data, 'to')).toLowerCase()}${field(data, 'movedBy') ? ` by ${field(data, 'movedBy')}` : ''}`;
    case 'task.claimed':
      return `Task ${task} claimed by ${field(data, 'assignee')} on branch ${field(data, 'branch')}`;
    case 'task.pull-request-linked':
      return `Task ${task} linked to pull request #${field(data, 'number')}`;
    default:
      return event.type;
  }
}
