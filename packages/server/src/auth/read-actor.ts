import type { Actor, Role, ZoneKind } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { agencies, users } from "../db/schema";
import type { Auth } from "./better-auth";

export interface SignedInActor extends Actor {
  username: string;
  mustChangePassword: boolean;
}

/** The account behind the request's session cookie, or null (no cookie, expired, disabled). */
export async function readActor(auth: Auth, db: Db, headers: Headers): Promise<SignedInActor | null> {
  if (!headers.get("cookie")?.includes("dondoc")) return null;
  const session = await auth.api.getSession({ headers }).catch(() => null);
  if (!session) return null;
  return loadActor(db, session.user.id);
}

export async function loadActor(db: Db, userId: string): Promise<SignedInActor | null> {
  const [row] = await db
    .select({ user: users, registryKinds: agencies.registryKinds })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, userId));
  if (!row || row.user.disabled) return null;
  return {
    id: row.user.id,
    name: row.user.name,
    username: row.user.username ?? "",
    role: row.user.role as Role,
    agencyId: row.user.agencyId,
    registryKinds: (row.registryKinds ?? []) as ZoneKind[],
    mustChangePassword: row.user.mustChangePassword,
  };
}
