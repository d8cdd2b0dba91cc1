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
