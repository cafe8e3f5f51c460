import type { Browser, BrowserContext, ConsoleMessage } from "playwright-core";

/**
 * Chromium logs "Failed to load resource" for a page the test opened on purpose with an
 * error status (the 404 page, a 403): that one is the test's subject, not a bug. Any other
 * console error (a missing favicon, a failed fetch, a React warning) is.
 */
function isExpectedDocumentStatus(message: ConsoleMessage): boolean {
  if (!message.text().startsWith("Failed to load resource")) return false;
  const page = message.page();
  return Boolean(page && message.location().url === page.url());
}

function watchContext(context: BrowserContext, report: (error: string) => void): BrowserContext {
  context.on("console", (message) => {
    if (message.type() === "error" && !isExpectedDocumentStatus(message)) {
      report(`console error on ${message.page()?.url() ?? "?"}: ${message.text()} (${message.location().url})`);
    }
  });
  context.on("weberror", (webError) => report(`page error on ${webError.page()?.url() ?? "?"}: ${webError.error().message}`));
  return context;
}

/**
 * Makes every context the browser opens (and so every page, `newPage` opens a context)
 * report its console errors and uncaught page errors; `take()` returns and clears them.
 * `allow()` lets the current test expect one (a refused upload answers 415 on purpose).
 */
export function collectBrowserErrors(browser: Browser): { take(): string[]; allow(pattern: RegExp): void } {
  let errors: string[] = [];
  let allowed: RegExp[] = [];
  const report = (error: string) => {
    if (!allowed.some((pattern) => pattern.test(error))) errors.push(error);
  };
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => watchContext(await newContext(options), report);
  return {
    take() {
      const seen = errors;
      errors = [];
      allowed = [];
      return seen;
    },
    allow(pattern) {
      allowed.push(pattern);
    },
  };
}
