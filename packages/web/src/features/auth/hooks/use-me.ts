import { roleCan } from "@dondoc/domain";
import { useQuery } from "@tanstack/react-query";
import { authKeys, getMe } from "../../../api/auth-api";

/** The signed-in account (null: nobody); asked once and kept, cleared on sign-out or on any 401. */
export function useMe() {
  return useQuery({ queryKey: authKeys.me, queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000, retry: false });
}

/**
 * What the interface offers the account. The server decides for each zone (an agency officer edits
 * the kinds their agency maintains, an investor the figures of its own zone); the interface only
 * hides what the role can never do.
 */
export function useCan() {
  const role = useMe().data?.role ?? null;
  return {
    createZones: roleCan(role, "registry:edit"),
    editZones: roleCan(role, "registry:edit") || roleCan(role, "zone-figures:edit"),
  };
}
