import type { AuditEvent } from './useStreamEvents';
import { describeBoardEvent } from '../board/boardFold';

export function describeEvent(event: AuditEvent): string {
  if (event.type.startsWith('board.') || event.type.startsWith('task.')) return describeBoardEvent(event);
  const data = (event.data ?? {}) as Record<string, unknown>;
  const step = typeof data.stepId === 'string' ? ` ${data.stepId}` : '';
  const detail = ['result', 'reason', 'comment', 'approvedBy', 'rejectedBy'].map((k) => (data[k] ? `${k}: ${String(data[k])}` : '')).filter(Boolean).join(', ');
  return `${event.type.replace(/\.v\d+$/, '')}${step}${detail ? ` (${detail})` : ''}`;
}

/** The events oldest first; the ones after the time-travel position are dimmed, and a click travels to one. */
export function Timeline({ events, at, onSelect }: { events: readonly AuditEvent[]; at: number; onSelect: (position: number) => void }) {
  return (
    <ol className="max-h-[32rem] space-y-1 overflow-auto rounded border bg-white p-2 text-sm" aria-label="Timeline">
      {events.map((event, index) => (
        <li key={event.eventId} data-version={event.version} className={index < at ? '' : 'opacity-40'}>
          <button type="button" className={`w-full rounded px-2 py-1 text-left hover:bg-slate-100 ${index === at - 1 ? 'bg-blue-50 ring-1 ring-blue-300' : ''}`} onClick={() => onSelect(index + 1)}>
            <span className="mr-2 font-mono text-xs text-slate-500">#{event.version}</span>
            <span className="mr-2 text-xs text-slate-500">{new Date(event.at).toLocaleTimeString()}</span>
            {describeEvent(event)}
            {event.actor && <span className="ml-2 text-xs text-slate-500">by {event.actor}</span>}
          </button>
        </li>
      ))}
    </ol>
  );
}
