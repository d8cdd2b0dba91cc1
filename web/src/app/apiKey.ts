const storageKey = 'eventagents.apiKey';

/** The API key the dashboard sends; kept in this browser's local storage only. */
export const apiKey = {
  get: (): string | null => window.localStorage.getItem(storageKey),
  set: (key: string) => window.localStorage.setItem(storageKey, key.trim()),
  clear: () => window.localStorage.removeItem(storageKey),
};
