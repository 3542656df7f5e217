import { type Me, permissions, roleCan, roleLabels } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import type { SignedInActor } from "../../auth/read-actor";
import type { Db } from "../../db/client";
import { agencies } from "../../db/schema";

export async function presentMe(db: Db, actor: SignedInActor): Promise<Me> {
  const [agency] = actor.agencyId
    ? await db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(eq(agencies.id, actor.agencyId))
    : [];
  return {
    id: actor.id,
    username: actor.username,
    name: actor.name,
    role: actor.role,
    roleLabel: roleLabels[actor.role].vi,
    agency: agency ?? null,
    mustChangePassword: actor.mustChangePassword,
    permissions: permissions.filter((p) => roleCan(actor.role, p)),
    registryKinds: actor.registryKinds,
  };
}
