import { eq } from "drizzle-orm";
import { cliActor } from "../audit/record-audit";
import type { Db } from "../db/client";
import { users } from "../db/schema";
import { createUser } from "../features/users/create-user";

/**
 * No default password: at first start the account `admin` gets DONDOC_ADMIN_PASSWORD, or else a
 * random one-time password returned here to be printed once, and changed at first sign-in.
 */
export async function bootstrapAdmin(db: Db, password: string | null, today: string): Promise<string | null> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.username, "admin"));
  if (existing) return null;
  const ctx = { actor: { ...cliActor, name: "Khởi tạo hệ thống" }, requestId: null, today };
  const created = await createUser(
    db,
    { username: "admin", name: "Quản trị hệ thống", role: "admin", agencyId: null, ...(password ? { password } : {}) },
    ctx,
    { mustChangePassword: !password },
  );
  return created.oneTimePassword;
}
