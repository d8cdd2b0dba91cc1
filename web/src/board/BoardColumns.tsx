import { Link } from '@tanstack/react-router';

export interface TaskCard {
  taskId: string;
  title: string;
  assignee?: string | null;
  branch?: string | null;
  pullRequestUrl?: string | null;
  version: number;
}

export interface ColumnView {
  status: string;
  name: string;
  wipLimit: number | null;
  tasks: readonly TaskCard[];
}

/** The board's columns; a task card dragged onto another column asks to move it there (with the version it showed). */
export function BoardColumns({ boardId, columns, onMove }: { boardId: string; columns: ColumnView[]; onMove?: (taskId: string, from: string, to: string, expectedVersion: number) => void }) {
  return (
    <div className="flex gap-3 overflow-x-auto pb-2">
      {columns.map((column) => {
        const full = column.wipLimit != null && column.tasks.length >= column.wipLimit;
        return (
          <div
            key={column.status}
            data-column={column.status}
            aria-label={`Column ${column.name}`}
            className={`flex w-56 shrink-0 flex-col rounded border bg-slate-100 p-2 ${full ? 'border-amber-400' : ''}`}
            onDragOver={(e) => {
              if (onMove) e.preventDefault();
            }}
            onDrop={(e) => {
              e.preventDefault();
              const [taskId, from, version] = e.dataTransfer.getData('text/plain').split('|');
              if (taskId) onMove?.(taskId, from, column.status, Number(version));
            }}
          >
            <header className="mb-2 flex items-center justify-between text-sm font-semibold">
              <span>{column.name}</span>
              <span className={`text-xs ${full ? 'text-amber-700' : 'text-slate-500'}`} data-testid={`wip-${column.status}`}>
                {column.tasks.length}
                {column.wipLimit != null ? ` / ${column.wipLimit}` : ''}
              </span>
            </header>
            <div className="flex min-h-16 flex-col gap-2">
              {column.tasks.map((task) => (
                <div
                  key={task.taskId}
                  data-task={task.taskId}
                  data-version={task.version}
                  draggable={!!onMove}
                  onDragStart={(e) => e.dataTransfer.setData('text/plain', `${task.taskId}|${column.status}|${task.version}`)}
                  className="cursor-grab rounded border bg-white p-2 text-sm shadow-sm"
                >
                  <Link to="/boards/$boardId/tasks/$taskId" params={{ boardId, taskId: task.taskId }} className="font-medium text-blue-800 hover:underline">
                    {task.title}
                  </Link>
                  <div className="mt-1 text-xs text-slate-500">
                    {task.assignee ? `@${task.assignee}` : 'unassigned'}
                    {task.pullRequestUrl ? ' · PR' : ''}
                  </div>
                </div>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
