import { fireEvent, screen, within } from '@testing-library/react';
import { StreamAudit } from './StreamAudit';
import { pushable, renderWithApi } from '../test/schemaClient';

const event = (version: number, type: string, data: unknown) => ({
  eventId: `e${version}`,
  stream: 'board-b',
  type,
  version,
  position: 100 + version,
  at: `2026-11-21T07:00:0${version}Z`,
  data,
  actor: 'ada',
  correlationId: null,
});

describe('StreamAudit', () => {
  it('shows the hash chain verdict, the timeline, and the board as it was at an earlier event', async () => {
    const events = pushable<{ streamEvents: unknown }>();
    renderWithApi(<StreamAudit stream="board-b" />, {
      streamEvents: (args: { first?: number; fromVersion?: number }) =>
        'fromVersion' in args ? events : { edges: [], nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false }, verification: { valid: true, eventsChecked: 3, problem: null } },
    });
    events.push({ streamEvents: event(1, 'board.created.v1', { boardId: 'b', name: 'Sample', columns: [] }) });
    events.push({ streamEvents: event(2, 'task.created.v1', { taskId: 'greeting', title: 'Print a greeting' }) });
    events.push({ streamEvents: event(3, 'task.moved.v1', { taskId: 'greeting', from: 'Backlog', to: 'Ready' }) });

    expect(await screen.findByText(/Hash chain verified: 3 events/)).toBeInTheDocument();
    expect(await screen.findByText('event 3 of 3 (live)')).toBeInTheDocument();
    const board = screen.getByTestId('board-as-of');
    expect(within(board).getByLabelText('Column ready')).toHaveTextContent('Print a greeting');

    fireEvent.change(screen.getByLabelText('Event position'), { target: { value: '2' } });
    expect(screen.getByTestId('as-of')).toHaveTextContent('event 2 of 3');
    expect(within(board).getByLabelText('Column backlog')).toHaveTextContent('Print a greeting');
    expect(within(board).getByLabelText('Column ready')).not.toHaveTextContent('Print a greeting');
    events.end();
  });

  it('names the first broken link when the chain does not verify', async () => {
    renderWithApi(<StreamAudit stream="run-x" />, {
      streamEvents: (args: { fromVersion?: number }) =>
        'fromVersion' in args
          ? pushable()
          : { edges: [], nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false }, verification: { valid: false, eventsChecked: 4, problem: { kind: 'ALTERED', version: 3, position: 9, message: 'hash differs' } } },
      run: () => null,
      runChanged: () => pushable(),
    });
    expect(await screen.findByText(/Hash chain broken at version 3 \(altered\): hash differs/)).toBeInTheDocument();
  });
});
