/** Tailwind classes for a run or step status, so every page colours states alike. */
export const statusClasses: Record<string, string> = {
  NONE: 'bg-slate-100 text-slate-600 border-slate-300',
  PENDING: 'bg-slate-100 text-slate-700 border-slate-300',
  QUEUED: 'bg-slate-100 text-slate-700 border-slate-300',
  RUNNING: 'bg-blue-100 text-blue-800 border-blue-400',
  RETRYING: 'bg-amber-100 text-amber-800 border-amber-400',
  AWAITING_APPROVAL: 'bg-purple-100 text-purple-800 border-purple-400',
  PAUSED: 'bg-amber-100 text-amber-800 border-amber-400',
  COMPLETED: 'bg-green-100 text-green-800 border-green-500',
  FAILED: 'bg-red-100 text-red-800 border-red-500',
  CANCELLED: 'bg-zinc-200 text-zinc-700 border-zinc-400',
  SKIPPED: 'bg-zinc-100 text-zinc-500 border-zinc-300',
  NOT_REACHED: 'bg-white text-slate-500 border-slate-300',
};

export const statusClass = (status: string | null | undefined) => statusClasses[status ?? 'NONE'] ?? statusClasses.NONE;

export const statusLabel = (status: string | null | undefined) => (status ?? 'NONE').toLowerCase().replace(/_/g, ' ');

/** Fill, border and text colours for graph nodes (React Flow styles nodes inline, so these are plain colours). */
export const statusColours: Record<string, { background: string; border: string; color: string }> = {
  PENDING: { background: '#f1f5f9', border: '#94a3b8', color: '#334155' },
  QUEUED: { background: '#f1f5f9', border: '#94a3b8', color: '#334155' },
  RUNNING: { background: '#dbeafe', border: '#3b82f6', color: '#1e3a8a' },
  RETRYING: { background: '#fef3c7', border: '#f59e0b', color: '#78350f' },
  AWAITING_APPROVAL: { background: '#f3e8ff', border: '#a855f7', color: '#581c87' },
  COMPLETED: { background: '#dcfce7', border: '#22c55e', color: '#14532d' },
  FAILED: { background: '#fee2e2', border: '#ef4444', color: '#7f1d1d' },
  SKIPPED: { background: '#f4f4f5', border: '#d4d4d8', color: '#71717a' },
  NOT_REACHED: { background: '#ffffff', border: '#cbd5e1', color: '#64748b' },
};
