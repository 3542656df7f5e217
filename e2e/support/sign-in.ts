import type { Page } from "playwright-core";

/** Opens `path`; the app sends the person to its login page, and after signing in back to `path`. */
export async function openSignedIn(
  page: Page,
  baseUrl: string,
  path: string,
  account: { username: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByTestId("login-username").fill(account.username);
  await page.getByTestId("login-password").fill(account.password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}
