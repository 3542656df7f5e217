import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { Account } from "./accounts";
import { launchChromium, openPage, type WatchedPage } from "./browser";
import { saveFailure } from "./screenshots";
import { startTestServer, type TestServer } from "./server";
import { openSignedIn } from "./sign-in";

/**
 * The life of a browser test file, registered once: one server and one Chromium for the file; the
 * pages a test opens are watched (no page error, console error or failed request may occur), the last
 * one is saved when the test fails, and all are closed after it. A file's own `beforeAll` (accounts,
 * data) runs after this one.
 */
export function browserSuite() {
  let server: TestServer | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let opened: WatchedPage[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async (ctx) => {
    const last = opened.at(-1)?.page;
    if (ctx.task.result?.state === "fail" && last) await saveFailure(last, ctx.task.name);
    const problems = opened.flatMap((w) => w.problems);
    for (const w of opened) await w.page.context().close();
    opened = [];
    expect(problems, "lỗi trong trang (page error, console error, request failed)").toEqual([]);
  });

  const started = () => {
    if (!server || !browser) throw new Error("browserSuite: the server is not started yet (use it inside a test or a later beforeAll)");
    return { server, browser };
  };
  const suite = {
    /** the server's base URL */
    get url(): string {
      return started().server.url;
    },
    /** a new watched 1280×900 page, signed out */
    async page(): Promise<Page> {
      const { server, browser } = started();
      const watched = await openPage(browser, server.url);
      opened.push(watched);
      return watched.page;
    },
    /** a new watched page, signed in as `account`, at `path` */
    async signedIn(path: string, account: Account): Promise<Page> {
      const page = await suite.page();
      await openSignedIn(page, suite.url, path, account);
      return page;
    },
  };
  return suite;
}
