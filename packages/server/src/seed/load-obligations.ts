import { normVi, obligationSchema, searchKey } from "@dondoc/domain";
import type { Db } from "../db/client";
import { agencies, reportObligations } from "../db/schema";
import { ministryAgency, seedObligations } from "./data/obligations";

/**
 * Loads the seeded reporting obligations (and the Ministry they name). Idempotent: "on conflict do
 * nothing", so a second run changes nothing and an edited obligation is never overwritten.
 */
export async function loadObligations(db: Db): Promise<{ obligationsInserted: number }> {
  return db.transaction(async (tx) => {
    const name = normVi(ministryAgency.name);
    await tx
      .insert(agencies)
      .values({ ...ministryAgency, name, aliases: [], nameSearch: searchKey([name]) })
      .onConflictDoNothing();
    let obligationsInserted = 0;
    for (const seed of seedObligations) {
      const o = obligationSchema.parse(seed);
      const inserted = await tx
        .insert(reportObligations)
        .values({
          ...o,
          title: normVi(o.title),
          legalBasis: normVi(o.legalBasis),
          sourcePassage: o.sourcePassage && normVi(o.sourcePassage),
        })
        .onConflictDoNothing()
        .returning({ id: reportObligations.id });
      obligationsInserted += inserted.length;
    }
    return { obligationsInserted };
  });
}
