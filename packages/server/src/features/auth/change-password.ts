import { AppError } from "@dondoc/domain";
import { and, eq, ne } from "drizzle-orm";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import { hashPassword, verifyPassword } from "../../auth/passwords";
import { now } from "../../clock";
import type { Db } from "../../db/client";
import { accounts, sessions, users } from "../../db/schema";

/** Changes the signed-in user's password; other sessions of the account are signed out. */
export async function changePassword(
  db: Db,
  input: { currentPassword: string; newPassword: string },
  sessionToken: string | null,
  ctx: ActionContext,
) {
  const userId = ctx.actor.id;
  const [account] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, "credential")));
  if (!account?.password || !(await verifyPassword(account.password, input.currentPassword))) {
    throw new AppError("invalid", "Mật khẩu hiện tại không đúng.", [{ path: "currentPassword", message: "Mật khẩu hiện tại không đúng." }]);
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError("invalid", "Mật khẩu mới phải khác mật khẩu hiện tại.", [
      { path: "newPassword", message: "Mật khẩu mới phải khác mật khẩu hiện tại." },
    ]);
  }
  const hashed = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(accounts).set({ password: hashed, updatedAt: now() }).where(eq(accounts.id, account.id));
    await tx.update(users).set({ mustChangePassword: false, updatedAt: now() }).where(eq(users.id, userId));
    const token = sessionToken?.split(".")[0] ?? "";
    await tx.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.token, token)));
    await recordAudit(tx, ctx, { action: "change-password", entity: "user", entityId: userId });
  });
  return { ok: true };
}
