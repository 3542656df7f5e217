import { AppError, type UpdateUserInput } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import { hashPassword, randomPassword } from "../../auth/passwords";
import { now } from "../../clock";
import type { Db } from "../../db/client";
import { accounts, agencies, sessions, users } from "../../db/schema";

const pick = (row: typeof users.$inferSelect) => ({ name: row.name, role: row.role, agencyId: row.agencyId, disabled: row.disabled });

/** Changes name, role, agency or disabled; disabling signs the user out everywhere. */
export async function updateUser(db: Db, id: string, input: UpdateUserInput, ctx: ActionContext) {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(users).where(eq(users.id, id)).for("update");
    if (!current) throw new AppError("not_found", "Không tìm thấy tài khoản này.");
    if (id === ctx.actor.id && (input.disabled === true || (input.role && input.role !== "admin"))) {
      throw new AppError("conflict", "Không thể tự khóa hoặc tự bỏ quyền quản trị của chính mình.");
    }
    if (input.agencyId) {
      const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.agencyId));
      if (!agency)
        throw new AppError("invalid", "Cơ quan không tồn tại.", [{ path: "agencyId", message: `Không có cơ quan "${input.agencyId}".` }]);
    }
    const [after] = await tx
      .update(users)
      .set({ ...input, updatedAt: now() })
      .where(eq(users.id, id))
      .returning();
    if (!after) throw new AppError("not_found", "Không tìm thấy tài khoản này.");
    if (input.disabled) await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, ctx, { action: "update", entity: "user", entityId: id, before: pick(current), after: pick(after) });
  });
}

/** Sets a new one-time password (returned once), unlocks the account and signs it out everywhere. */
export async function resetPassword(db: Db, id: string, ctx: ActionContext) {
  const oneTime = randomPassword();
  const hashed = await hashPassword(oneTime);
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id));
    if (!user) throw new AppError("not_found", "Không tìm thấy tài khoản này.");
    await tx.update(accounts).set({ password: hashed, updatedAt: now() }).where(eq(accounts.userId, id));
    await tx.update(users).set({ mustChangePassword: true, failedLogins: 0, lockedUntil: null, updatedAt: now() }).where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, ctx, { action: "reset-password", entity: "user", entityId: id });
  });
  return { oneTimePassword: oneTime };
}
