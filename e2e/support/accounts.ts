import type { Page } from "playwright-core";
import { ADMIN } from "./server";

export interface Account {
  username: string;
  password: string;
}

/** An API session of `account` (no browser): for setting up what a test is not about. */
export async function apiSession(baseUrl: string, account: Account) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(account),
  });
  if (!login.ok) throw new Error(`đăng nhập ${account.username}: HTTP ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return {
    async get<T>(path: string): Promise<T> {
      const res = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
      if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async post<T>(path: string, body: unknown): Promise<T> {
      const res = await fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`POST ${path}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
  };
}

/** An account with a password of its own (no one-time password), created by the first admin through the API. */
export async function createAccount(
  baseUrl: string,
  input: { username: string; name: string; role: string; agencyId: string | null },
): Promise<Account> {
  const password = `${input.username}-mat-khau-e2e`;
  const admin = await apiSession(baseUrl, ADMIN);
  await admin.post("/api/users", { ...input, password });
  return { username: input.username, password };
}

/** First sign-in with a one-time password: the app asks for a new one, then goes on to `path`. */
export async function signInFirstTime(page: Page, baseUrl: string, path: string, account: Account, newPassword: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByTestId("login-username").fill(account.username);
  await page.getByTestId("login-password").fill(account.password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((url) => url.pathname === "/account/password");
  await page.locator("#password_currentPassword").fill(account.password);
  await page.locator("#password_newPassword").fill(newPassword);
  await page.locator("#password_confirm").fill(newPassword);
  await page.getByTestId("change-password").locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === path.split("?")[0]);
}
