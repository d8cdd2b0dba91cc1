import { useSubscription } from 'urql';
import { RunChangedSubscription } from './queries';
import type { RunChangeEvent } from './runState';

/**
 * Every change of a run, replayed from its first event and then live until the run ends. A reconnect replays
 * again; changes already held (by version) are dropped so the list stays gap-free and in order.
 */
export function useRunChanges(runId: string): { changes: RunChangeEvent[]; error?: string } {
  const [result] = useSubscription(
    { query: RunChangedSubscription, variables: { runId, fromVersion: 0 } },
    (previous: RunChangeEvent[] = [], data) => {
      const change = data.runChanged as RunChangeEvent;
      const last = previous.length > 0 ? previous[previous.length - 1].version : 0;
      return change.version > last ? [...previous, change] : previous;
    },
  );
  return { changes: result.data ?? [], error: result.error?.message };
}
