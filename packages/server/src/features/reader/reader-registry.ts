import type { reader } from "@dondoc/domain";
import type { Db } from "../../db/client";
import { agencies, zones } from "../../db/schema";

/** The registry as the document reader needs it: agencies and zones with every name they go by. */
export async function loadReaderRegistry(db: Db): Promise<reader.ReaderRegistry> {
  const [agencyRows, zoneRows] = await Promise.all([db.select().from(agencies), db.select().from(zones)]);
  return {
    agencies: agencyRows.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: [...a.aliases, ...(a.shortName ? [a.shortName] : [])],
    })),
    zones: zoneRows.map((z) => ({ id: z.id, name: z.name, kind: z.kind, aliases: z.aliases, investorAgencyId: z.investorId })),
  };
}
