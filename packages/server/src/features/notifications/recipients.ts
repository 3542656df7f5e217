import { and, eq, inArray, isNotNull, notLike } from "drizzle-orm";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";

/** The people of these agencies who can be e-mailed: enabled, with a real address (not the placeholder of an account made without one). */
export async function mailableUsers(db: Db, agencyIds: string[]) {
  if (agencyIds.length === 0) return [];
  const rows = await db
    .select({ id: users.id, email: users.email, agencyId: users.agencyId })
    .from(users)
    .where(
      and(
        inArray(users.agencyId, agencyIds),
        eq(users.disabled, false),
        isNotNull(users.email),
        notLike(users.email, "%@tai-khoan.dondoc"),
      ),
    );
  return rows.map((r) => ({ id: r.id, email: r.email, agencyId: r.agencyId as string }));
}
