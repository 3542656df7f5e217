import { AppError } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import type { Auth } from "../../auth/better-auth";
import { alertAdminsOfFailures, reserveSignInTry, signInSucceeded } from "../../auth/login-throttle";
import { hashPassword, randomPassword, verifyPassword } from "../../auth/passwords";
import { loadActor } from "../../auth/read-actor";
import { now } from "../../clock";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";
import { presentMe } from "./me.presenter";

const WRONG = "Tên đăng nhập hoặc mật khẩu không đúng.";

/** Checked against when there is no account, so that an unknown name costs the same time as a known one. */
let dummyHash: Promise<string> | null = null;

const waitText = (seconds: number) => (seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`);

/**
 * Signs in with username and password. Tries are throttled per (account, address) and per address
 * with progressive delays (auth/login-throttle.ts, the schedule in the domain): the answer and the
 * time taken are the same whether the account exists or not, and wrong passwords from one address
 * never stop the owner signing in from another. Every try on an account is in the audit log.
 * Returns better-auth's response headers (the session cookie) with our own body.
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
  const wait = await reserveSignInTry(db, username, address, now());
  if (wait > 0) {
    throw new AppError("rate_limited", `Quá nhiều lần đăng nhập sai. Vui lòng thử lại sau ${waitText(wait)}.`);
  }
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (!user || user.disabled) {
    dummyHash ??= hashPassword(randomPassword());
    await verifyPassword(await dummyHash, input.password);
  }
  const response =
    !user || user.disabled
      ? null
      : await auth.api.signInUsername({ body: { username, password: input.password }, headers, asResponse: true }).catch(() => null);
  if (!user || !response || response.status !== 200) {
    if (user) {
      await recordAudit(
        db,
        { ...ctx, actor: { ...ctx.actor, name: username } },
        { action: user.disabled ? "login-refused-disabled" : "login-failed", entity: "user", entityId: user.id },
      );
    }
    await alertAdminsOfFailures(db, username, address, now());
    throw new AppError("unauthenticated", WRONG);
  }
  await signInSucceeded(db, username, address);
  const actor = await loadActor(db, user.id);
  if (!actor) throw new AppError("unauthenticated", WRONG);
  await recordAudit(db, { ...ctx, actor }, { action: "login", entity: "user", entityId: user.id });
  const out = new Headers({ "content-type": "application/json; charset=utf-8" });
  for (const cookie of response.headers.getSetCookie()) out.append("set-cookie", cookie);
  return new Response(JSON.stringify(await presentMe(db, actor)), { status: 200, headers: out });
}
