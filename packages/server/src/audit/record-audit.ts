import type { Actor } from "@dondoc/domain";
import type { Db } from "../db/client";
import { auditLog } from "../db/schema";

/** Who did it and under which request; passed from the route to every action. */
export interface ActionContext {
  actor: Actor;
  requestId: string | null;
  /** the civil date in Vietnam, for as-of defaults */
  today: string;
}

/** Operator commands act as this administrator. */
export const cliActor: Actor = { id: "cli", name: "Lệnh quản trị (CLI)", role: "admin", agencyId: null, registryKinds: [] };

/** Appends one audit row, inside the caller's transaction so that the change and its record stand or fall together. */
export async function recordAudit(
  tx: Db,
  ctx: ActionContext,
  entry: { action: string; entity: string; entityId: string | null; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: ctx.requestId,
  });
}
