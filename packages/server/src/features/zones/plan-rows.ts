import type { PlanRow } from "@dondoc/domain";
import { asc } from "drizzle-orm";
import type { Db } from "../../db/client";
import { planEntries } from "../../db/schema";

/** Every row of the plan's tables (003), the input of `planStanding`. */
export async function readPlanRows(db: Db): Promise<PlanRow[]> {
  const rows = await db.select().from(planEntries).orderBy(asc(planEntries.tableCode), asc(planEntries.rowNo));
  return rows.map((r) => ({
    zoneId: r.zoneId,
    table: r.tableCode,
    row: r.rowNo,
    entryKind: r.entryKind,
    areaHa: r.areaHa,
    investmentMillionVnd: r.investmentMillionVnd,
  }));
}
