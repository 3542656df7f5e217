import type { PageDef } from "../../http/app";

/** The public portal's pages (filled in by the portal feature). */
export const portalPages: PageDef[] = [];
