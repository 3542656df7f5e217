import { type Actor, AppError, canSeeZoneInternals, type ZoneDetail } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documents } from "../../db/schema";
import { presentZoneDetail, sourceOf } from "./zones.presenter";
import { findNames, findPlanEntries, findZoneFacts, findZoneRow, findZoneUnits } from "./zones.queries";

/** A zone's record; a `viewer` who may not see its internals (another investor's zone) gets it only once published. */
export async function getZone(db: Db, id: string, viewer?: Actor): Promise<ZoneDetail> {
  const row = await findZoneRow(db, id);
  if (!row || (viewer && !row.published && !canSeeZoneInternals(viewer, row)))
    throw new AppError("not_found", "Không tìm thấy khu, cụm này.");
  const [units, names, facts, plan, [plan003]] = await Promise.all([
    findZoneUnits(db, [id]),
    findNames(db),
    findZoneFacts(db, id),
    findPlanEntries(db, id),
    db.select().from(documents).where(eq(documents.id, "seed-003")),
  ]);
  const planSource = sourceOf({
    sourceDocumentId: plan003?.id ?? "seed-003",
    sourcePassage: null,
    asOf: plan003?.issuedOn ?? null,
    recordedBy: "seed",
    recordedAt: new Date(0),
    docType: plan003?.type ?? "QĐ",
    docNumber: plan003?.number ?? null,
    docIssuedOn: plan003?.issuedOn ?? null,
    docTitle: plan003?.title ?? null,
  });
  return presentZoneDetail(row, units, names, facts, plan, planSource);
}
