/** Setup for the "dom" jest project (jsdom): jest-dom matchers and the browser APIs jsdom lacks that Fluent UI uses. */
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder } from "util";

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (!g.ResizeObserver) g.ResizeObserver = ResizeObserverStub;
// Every browser the pane runs in has TextDecoder (the report reader decodes text files and sniffs zips with it).
if (!g.TextDecoder) g.TextDecoder = NodeTextDecoder;
if (typeof window !== "undefined" && !window.matchMedia) {
  window.matchMedia = ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
}

// The pane's sections and checks load chunks on demand and run after timers: on a busy machine (CI, two cores shared)
// they take longer than Testing Library's 1 s and jest's 5 s defaults. A failure still fails, only later.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);
