import { useSubscription } from 'urql';
import { StreamEventsSubscription } from './queries';
import type { StoredEvent } from '../board/boardFold';

export interface AuditEvent extends StoredEvent {
  eventId: string;
  position: number;
  correlationId?: string | null;
}

/** A stream's events from its first one, then live as they are appended; a replay after a reconnect is de-duplicated. */
export function useStreamEvents(stream: string | undefined): { events: AuditEvent[]; error?: string } {
  const [result] = useSubscription(
    { query: StreamEventsSubscription, variables: { stream: stream ?? '', fromVersion: 1 }, pause: !stream },
    (previous: AuditEvent[] = [], data) => {
      const event = data.streamEvents as AuditEvent;
      const last = previous.length > 0 ? previous[previous.length - 1].version : 0;
      return event.version > last ? [...previous, event] : previous;
    },
  );
  return { events: result.data ?? [], error: result.error?.message };
}
