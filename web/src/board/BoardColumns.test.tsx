import { fireEvent, screen } from '@testing-library/react';
import { BoardColumns, type ColumnView } from './BoardColumns';
import { renderWithApi } from '../test/schemaClient';

const columns: ColumnView[] = [
  { status: 'READY', name: 'Ready', wipLimit: null, tasks: [{ taskId: 'greeting', title: 'Print a greeting', version: 3 }] },
  { status: 'IN_PROGRESS', name: 'In progress', wipLimit: 2, tasks: [{ taskId: 'docs', title: 'Write docs', assignee: 'engineer', version: 5 }] },
  { status: 'REVIEW', name: 'Review', wipLimit: 1, tasks: [{ taskId: 'tests', title: 'Add tests', version: 2 }] },
];

/** A DataTransfer as the browser hands it to drag handlers (jsdom has none). */
function dataTransfer() {
  const data = new Map<string, string>();
  return { setData: (type: string, value: string) => data.set(type, value), getData: (type: string) => data.get(type) ?? '' };
}

describe('BoardColumns', () => {
  it('shows each column with its task count against its WIP limit', async () => {
    renderWithApi(<BoardColumns boardId="b" columns={columns} />, {});
    expect(await screen.findByTestId('wip-IN_PROGRESS')).toHaveTextContent('1 / 2');
    expect(screen.getByTestId('wip-REVIEW')).toHaveTextContent('1 / 1');
    expect(screen.getByTestId('wip-READY')).toHaveTextContent('1');
    expect(screen.getByRole('link', { name: 'Print a greeting' })).toHaveAttribute('href', '/boards/b/tasks/greeting');
  });

  it('asks to move a dropped task with the version its card showed', async () => {
    const onMove = vi.fn();
    renderWithApi(<BoardColumns boardId="b" columns={columns} onMove={onMove} />, {});
    const card = (await screen.findByText('Print a greeting')).closest('[data-task]')!;
    const transfer = dataTransfer();
    fireEvent.dragStart(card, { dataTransfer: transfer });
    fireEvent.drop(screen.getByLabelText('Column In progress'), { dataTransfer: transfer });
    expect(onMove).toHaveBeenCalledWith('greeting', 'READY', 'IN_PROGRESS', 3);
  });
});
