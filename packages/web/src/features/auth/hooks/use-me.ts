import { type Actor, canEditZone, type Permission, type ZoneKind } from "@dondoc/domain";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { authKeys, getMe, type Me } from "../../../api/auth-api";

/** The signed-in account (null: nobody); asked once and kept, cleared on sign-out or on any 401. */
export function useMe() {
  return useQuery({ queryKey: authKeys.me, queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000, retry: false });
}

/** The account as the domain's access rules need it. */
export function actorOf(me: Me): Actor {
  return { id: me.id, name: me.name, role: me.role, agencyId: me.agency?.id ?? null, registryKinds: me.registryKinds ?? [] };
}

export interface Can {
  /** a permission of the account's role (GET /api/auth/me → permissions) */
  has(permission: Permission): boolean;
  /** add zones and import them: an editor whose agency maintains at least one kind (admins: always) */
  createZones: boolean;
  /** some zone may be edited: the detail page asks `editZone` for each */
  editZones: boolean;
  /** the Edit button of one zone: its kind is maintained by the account's agency, or it is an investor's own zone */
  editZone(zone: { kind: ZoneKind; investor: { id: string } | null }): boolean;
  /** every agency's tasks (leaders, the office, admins), not only one's own */
  seesAllTasks: boolean;
}

/** What the interface offers one account; the server decides anyway. */
export function canOf(me: Me | null | undefined): Can {
  const permissions = new Set<Permission>(me?.permissions ?? []);
  const has = (p: Permission) => permissions.has(p);
  const actor = me ? actorOf(me) : null;
  const editZone = (zone: { kind: ZoneKind; investor: { id: string } | null }) =>
    actor !== null &&
    (has("registry:edit") || has("zone-figures:edit")) &&
    canEditZone(actor, { kind: zone.kind, investorId: zone.investor?.id ?? null }, []);
  const maintainsAKind = me?.role === "admin" || (me?.registryKinds ?? []).length > 0;
  return {
    has,
    createZones: has("registry:edit") && maintainsAKind,
    editZones: (has("registry:edit") && maintainsAKind) || has("zone-figures:edit"),
    editZone,
    seesAllTasks: me?.role === "admin" || me?.role === "leader" || me?.role === "office",
  };
}

export function useCan(): Can {
  const me = useMe().data;
  return useMemo(() => canOf(me), [me]);
}
