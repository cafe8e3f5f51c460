import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { startApp, type RunningApp } from "./app-server";
import { collectBrowserErrors } from "./browser-errors";
import { launchBrowser } from "./browser";

/** The password of every account the browser tests sign up. */
export const PASSWORD = "correct horse battery staple";

export interface AppAndBrowser {
  readonly app: RunningApp;
  readonly browser: Browser;
  /** Contexts opened through `newContext`, in order; all are closed before the browser. */
  readonly contexts: readonly BrowserContext[];
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** For the current test only: a browser error matching `pattern` is expected, not a failure. */
  allowBrowserError(pattern: RegExp): void;
  /**
   * Signs `email` up through the form at `path` (an invitation's link keeps its query), in
   * the language the page is shown in, and resolves once the app has moved on from the form.
   */
  signUp(page: Page, email: string, path?: string): Promise<void>;
}

/**
 * One built app and one Chromium for the enclosing describe block. The getters throw
 * when read outside a test, so a suite that forgets to wait for `beforeAll` fails loudly.
 * A test fails when any page it opened logged a console error or threw.
 */
export function useAppAndBrowser(
  options: {
    start?: Parameters<typeof startApp>[0];
    /** Runs before the app starts, e.g. to prepare its data folder. */
    beforeStart?: () => void | Promise<void>;
    /** Runs once app and browser are stopped. */
    afterStop?: () => void | Promise<void>;
  } = {},
): AppAndBrowser {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let errors: ReturnType<typeof collectBrowserErrors> | undefined;

  beforeAll(async () => {
    await options.beforeStart?.();
    app = await startApp(options.start);
    browser = await launchBrowser();
    errors = collectBrowserErrors(browser);
    // Migrating, seeding and starting take seconds alone and minutes on a crowded machine.
  }, 180_000);
  afterEach(() => {
    const seen = errors?.take() ?? [];
    if (seen.length) throw new Error(`the browser reported ${seen.length} error(s):\n${seen.join("\n")}`);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.stop();
    await options.afterStop?.();
  });

  return {
    get app() {
      if (!app) throw new Error("the app is not started yet");
      return app;
    },
    get browser() {
      if (!browser) throw new Error("the browser is not launched yet");
      return browser;
    },
    contexts,
    allowBrowserError(pattern) {
      errors?.allow(pattern);
    },
    async newContext(contextOptions) {
      if (!browser) throw new Error("the browser is not launched yet");
      const context = await browser.newContext(contextOptions);
      contexts.push(context);
      return context;
    },
    async signUp(page, email, path = "/signup") {
      if (!app) throw new Error("the app is not started yet");
      await page.goto(app.baseUrl + path);
      const fr = (await page.locator("html").getAttribute("lang")) === "fr";
      await page.getByLabel(fr ? "Adresse e-mail" : "Email address").fill(email);
      await page.getByLabel(fr ? "Mot de passe" : "Password", { exact: true }).fill(PASSWORD);
      await page.getByLabel(fr ? "Confirmez le mot de passe" : "Confirm the password").fill(PASSWORD);
      await page.getByRole("button", { name: fr ? "Créer mon compte" : "Create my account" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/signup"));
    },
  };
}
