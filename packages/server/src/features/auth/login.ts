import { AppError } from "@dondoc/domain";
import { eq, sql } from "drizzle-orm";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import type { Auth } from "../../auth/better-auth";
import { loadActor } from "../../auth/read-actor";
import { now } from "../../clock";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";
import { presentMe } from "./me.presenter";

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
const WRONG = "Tên đăng nhập hoặc mật khẩu không đúng.";

/** Failed sign-ins per address, to slow down guessing across many usernames. */
const failuresByAddress = new Map<string, { count: number; since: number }>();
const ADDRESS_LIMIT = 30;

/**
 * Signs in with username and password. After 5 wrong passwords the account is locked for 15
 * minutes; every attempt is in the audit log. Returns better-auth's response headers (the
 * session cookie) with our own body.
 */
export async function login(
  db: Db,
  auth: Auth,
  input: { username: string; password: string },
  headers: Headers,
  address: string,
  ctx: ActionContext,
): Promise<Response> {
  const username = input.username.trim().toLowerCase();
  const window = failuresByAddress.get(address);
  if (window && now().getTime() - window.since < LOCK_MINUTES * 60_000 && window.count >= ADDRESS_LIMIT) {
    throw new AppError("rate_limited", "Quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau 15 phút.");
  }
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (user?.lockedUntil && user.lockedUntil > now()) {
    await recordAudit(
      db,
      { ...ctx, actor: { ...ctx.actor, name: username } },
      { action: "login-refused-locked", entity: "user", entityId: user.id },
    );
    throw new AppError(
      "rate_limited",
      `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${LOCK_MINUTES} phút hoặc liên hệ quản trị viên.`,
    );
  }
  const response = user?.disabled
    ? null
    : await auth.api.signInUsername({ body: { username, password: input.password }, headers, asResponse: true }).catch(() => null);
  if (!user || !response || response.status !== 200) {
    if (failuresByAddress.size > 10_000) failuresByAddress.clear(); // a bound on memory
    const w = failuresByAddress.get(address);
    failuresByAddress.set(
      address,
      w && now().getTime() - w.since < LOCK_MINUTES * 60_000
        ? { count: w.count + 1, since: w.since }
        : { count: 1, since: now().getTime() },
    );
    if (user) {
      await db.transaction(async (tx) => {
        const [after] = await tx
          .update(users)
          .set({ failedLogins: sql`${users.failedLogins} + 1` })
          .where(eq(users.id, user.id))
          .returning({ failed: users.failedLogins });
        if ((after?.failed ?? 0) >= MAX_FAILED_LOGINS) {
          await tx
            .update(users)
            .set({ lockedUntil: new Date(now().getTime() + LOCK_MINUTES * 60_000), failedLogins: 0 })
            .where(eq(users.id, user.id));
        }
        await recordAudit(
          tx,
          { ...ctx, actor: { ...ctx.actor, name: username } },
          { action: user.disabled ? "login-refused-disabled" : "login-failed", entity: "user", entityId: user.id },
        );
      });
    }
    throw new AppError("unauthenticated", WRONG);
  }
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
  const actor = await loadActor(db, user.id);
  if (!actor) throw new AppError("unauthenticated", WRONG);
  await recordAudit(db, { ...ctx, actor }, { action: "login", entity: "user", entityId: user.id });
  const out = new Headers({ "content-type": "application/json; charset=utf-8" });
  for (const cookie of response.headers.getSetCookie()) out.append("set-cookie", cookie);
  return new Response(JSON.stringify(await presentMe(db, actor)), { status: 200, headers: out });
}
