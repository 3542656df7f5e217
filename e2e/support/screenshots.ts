import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

const DIR = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));

/** A full-page PNG into docs/screenshots/, named for what it shows; `fullPage: false` keeps one screen (a phone's 390 × 844). */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const path = `${DIR}${name}.png`;
  await page.screenshot({ path, fullPage: options.fullPage ?? true, animations: "disabled" });
  return path;
}

/** What the page showed when a test failed, in test-results/ (not committed). */
export async function saveFailure(page: Page, testName: string): Promise<void> {
  const dir = fileURLToPath(new URL("../../test-results/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  await page
    .screenshot({ path: `${dir}${testName.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 80)}.png`, fullPage: true })
    .catch(() => undefined);
}
