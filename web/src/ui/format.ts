export const formatTime = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '—');

export const formatCost = (usd: number) => `$${usd.toFixed(usd < 0.01 && usd > 0 ? 4 : 2)}`;

/** A user error of a mutation payload, in one sentence. */
export interface UserErrorLike {
  __typename?: string;
  code: string;
  message: string;
  expectedVersion?: number;
  actualVersion?: number;
}

export const describeError = (error: UserErrorLike) =>
  error.__typename === 'ConflictError'
    ? `Someone changed this meanwhile (you saw version ${error.expectedVersion}, it is now ${error.actualVersion}). The view was refreshed: check it and try again.`
    : `${error.message} (${error.code})`;
