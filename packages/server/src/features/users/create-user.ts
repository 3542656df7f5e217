import { AppError, type CreateUserInput } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import { hashPassword, randomPassword } from "../../auth/passwords";
import type { Db } from "../../db/client";
import { accounts, agencies, users } from "../../db/schema";

/**
 * Creates an account. Without a password a one-time password is generated, returned once, and
 * must be changed at first sign-in. The password itself never reaches the audit log.
 */
export async function createUser(db: Db, input: CreateUserInput, ctx: ActionContext, options: { mustChangePassword?: boolean } = {}) {
  const oneTime = input.password ? null : randomPassword();
  const hashed = await hashPassword(input.password ?? (oneTime as string));
  const id = crypto.randomUUID();
  await db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (taken) throw new AppError("conflict", `Tên đăng nhập "${input.username}" đã có người dùng.`);
    if (input.agencyId) {
      const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.agencyId));
      if (!agency)
        throw new AppError("invalid", "Cơ quan không tồn tại.", [{ path: "agencyId", message: `Không có cơ quan "${input.agencyId}".` }]);
    }
    const row = {
      id,
      name: input.name,
      username: input.username,
      displayUsername: input.username,
      email: input.email ?? `${input.username}@tai-khoan.dondoc`,
      role: input.role,
      agencyId: input.agencyId,
      mustChangePassword: options.mustChangePassword ?? oneTime !== null,
    };
    await tx.insert(users).values(row);
    await tx.insert(accounts).values({ id: crypto.randomUUID(), accountId: id, providerId: "credential", userId: id, password: hashed });
    const { email: _email, ...visible } = row;
    await recordAudit(tx, ctx, { action: "create", entity: "user", entityId: id, after: visible });
  });
  return { id, oneTimePassword: oneTime };
}
