import { configure } from '@testing-library/react';
import '@testing-library/jest-dom/vitest';

// React Flow measures its viewport and nodes; jsdom has no layout, so it gets a fixed size.
class FixedSizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target, contentRect: { width: 800, height: 600 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= FixedSizeObserver as unknown as typeof ResizeObserver;

// Pages load lazily (a dynamic import transformed on first use), which can take longer than the default second.
configure({ asyncUtilTimeout: 20_000 });
