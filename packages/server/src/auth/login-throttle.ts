import { formatDateVi, signInDelaySeconds, signInThrottle, type ThrottleScope, vietnamDateOf } from "@dondoc/domain";
import { inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { loginThrottle, notifications } from "../db/schema";

const keysOf = (username: string, address: string): [string, ThrottleScope][] => [
  [`acct:${username}|${address}`, "accountAddress"],
  [`addr:${address}`, "address"],
];

/**
 * Counts a sign-in try before the password is checked, atomically: the rows are locked, and a try
 * that may go ahead is counted as a failure at once (undone by `signInSucceeded`), so 24 concurrent
 * wrong passwords get exactly the free tries checked. Returns the seconds to wait when refused.
 */
export async function reserveSignInTry(db: Db, username: string, address: string, at: Date): Promise<number> {
  const keys = keysOf(username, address);
  return db.transaction(async (tx) => {
    await tx
      .insert(loginThrottle)
      .values(keys.map(([key]) => ({ key, failures: 0, lastAt: at })))
      .onConflictDoNothing();
    const rows = await tx
      .select()
      .from(loginThrottle)
      .where(
        inArray(
          loginThrottle.key,
          keys.map(([k]) => k),
        ),
      )
      .orderBy(loginThrottle.key)
      .for("update");
    let wait = 0;
    const next = new Map<string, number>();
    for (const [key, scope] of keys) {
      const row = rows.find((r) => r.key === key);
      const since = row ? Math.max(0, (at.getTime() - row.lastAt.getTime()) / 1000) : Number.POSITIVE_INFINITY;
      const failures = row && since < signInThrottle.forgetAfterSeconds ? row.failures : 0;
      wait = Math.max(wait, signInDelaySeconds(scope, failures) - since);
      next.set(key, failures + 1);
    }
    if (wait > 0) return Math.ceil(wait);
    for (const [key, failures] of next) {
      await tx.update(loginThrottle).set({ failures, lastAt: at }).where(sql`${loginThrottle.key} = ${key}`);
    }
    return 0;
  });
}

/** A correct password: this (account, address) starts afresh, and the address's tentative count is undone. */
export async function signInSucceeded(db: Db, username: string, address: string): Promise<void> {
  const [account, addr] = keysOf(username, address).map(([k]) => k);
  await db.transaction(async (tx) => {
    await tx.delete(loginThrottle).where(sql`${loginThrottle.key} = ${account}`);
    await tx
      .update(loginThrottle)
      .set({ failures: sql`greatest(${loginThrottle.failures} - 1, 0)` })
      .where(sql`${loginThrottle.key} = ${addr}`);
  });
}

/**
 * After a wrong password: once an (account, address) pair has used its free tries, the admins get one
 * in-app alert per account, address and day (the notification's unique key), known name or not.
 */
export async function alertAdminsOfFailures(db: Db, username: string, address: string, at: Date): Promise<void> {
  const [key] = keysOf(username, address)[0] ?? [];
  const [row] = await db.select().from(loginThrottle).where(sql`${loginThrottle.key} = ${key}`);
  if (!row || row.failures < signInThrottle.accountAddress.freeFailures) return;
  const day = vietnamDateOf(at);
  await db
    .insert(notifications)
    .values({
      key: `sign-in:${username}|${address}:${day}`,
      kind: "security",
      agencyId: null,
      title: `Nhiều lần đăng nhập sai: tài khoản “${username}”`,
      body: `${row.failures} lần nhập sai mật khẩu liên tiếp từ địa chỉ ${address} (ngày ${formatDateVi(day)}). Việc đăng nhập của tài khoản này từ địa chỉ đó đang bị làm chậm; từ địa chỉ khác vẫn đăng nhập bình thường.`,
    })
    .onConflictDoNothing();
}
