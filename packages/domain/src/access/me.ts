import type { ZoneKind } from "../zones/zone-vocabulary";
import type { Permission, Role } from "./roles";

/** The signed-in account as GET /api/auth/me gives it. */
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
  registryKinds: ZoneKind[];
}
