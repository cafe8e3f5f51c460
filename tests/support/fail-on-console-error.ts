import { afterEach, vi } from "vitest";

// A console.error during a test is a bug the assertions did not see.
let errors: unknown[][] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args);
  original(...args);
};
afterEach(() => {
  const seen = errors;
  errors = [];
  if (seen.length) throw new Error(`console.error was called: ${String(seen[0]?.[0])}`);
  vi.restoreAllMocks();
});
