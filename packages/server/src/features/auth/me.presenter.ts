import { type Permission, permissions, type Role, roleCan, roleLabels } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import type { SignedInActor } from "../../auth/read-actor";
import type { Db } from "../../db/client";
import { agencies } from "../../db/schema";

export interface Me {
  id: string;
  username: string;
  name: string;
  role: Role;
  roleLabel: string;
  agency: { id: string; name: string } | null;
  mustChangePassword: boolean;
  /** what the account may do, so that pages can hide what the server would refuse */
  permissions: Permission[];
  /** zone kinds the account's agency maintains in the registry */
  registryKinds: string[];
}

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
