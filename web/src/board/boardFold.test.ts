import { describeBoardEvent, foldBoard, statusName, type StoredEvent } from './boardFold';

const events: StoredEvent[] = [
  { version: 1, type: 'board.created.v1', at: 't1', data: { boardId: 'b', name: 'Sample', columns: [{ status: 'Backlog', name: 'Backlog', wipLimit: null }] } },
  { version: 2, type: 'board.wip-limit-set.v1', at: 't2', data: { status: 3, limit: 2 } },
  { version: 3, type: 'task.created.v1', at: 't3', data: { taskId: 'a', title: 'Task A' } },
  { version: 4, type: 'task.moved.v1', at: 't4', data: { taskId: 'a', from: 'Backlog', to: 'Ready', movedBy: 'ada' } },
  { version: 5, type: 'task.claimed.v1', at: 't5', data: { taskId: 'a', assignee: 'engineer', branch: 'task/a' } },
];

describe('board time travel', () => {
  it('reads statuses written as numbers or as names', () => {
    expect(statusName(3)).toBe('IN_PROGRESS');
    expect(statusName('InProgress')).toBe('IN_PROGRESS');
    expect(statusName('Ready')).toBe('READY');
  });

  it('folds the board as it was after each event', () => {
    expect(foldBoard(events.slice(0, 3)).tasks.a.status).toBe('BACKLOG');
    expect(foldBoard(events.slice(0, 4)).tasks.a.status).toBe('READY');
    const now = foldBoard(events);
    expect(now.tasks.a).toMatchObject({ status: 'CLAIMED', assignee: 'engineer', branch: 'task/a' });
    expect(now.wipLimits.IN_PROGRESS).toBe(2);
    expect(now.name).toBe('Sample');
  });

  it('describes events for people', () => {
    expect(describeBoardEvent(events[3])).toBe('Task a moved from backlog to ready by ada');
  });
});
