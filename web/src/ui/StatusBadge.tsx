import { statusClass, statusLabel } from './status';

export function StatusBadge({ status }: { status: string | null | undefined }) {
  return (
    <span data-status={status ?? 'NONE'} className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${statusClass(status)}`}>
      {statusLabel(status)}
    </span>
  );
}
