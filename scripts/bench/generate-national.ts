import { addDays, foldVi, taskSearchKey, zoneStages } from "@dondoc/domain";
import type { Db } from "../../packages/server/src/db/client";
import {
  adminUnits,
  agencies,
  documents,
  landClearanceEntries,
  taskAssignees,
  taskEvents,
  taskOccurrences,
  tasks,
  zoneFacts,
  zones,
} from "../../packages/server/src/db/schema";
import { rebuildOccurrenceSpans } from "../../packages/server/src/features/tasks/occurrence-read-model";
import { OCCURRENCE_HORIZON_DAYS, plannedOccurrencesOf } from "../../packages/server/src/features/tasks/sync-occurrences";

/**
 * A national-size data set on top of the seed: 34 provinces, about 1,000 zones, 170,000 tasks
 * with their occurrences and events (done on time, done late, overdue, in progress, cancelled),
 * and five years of monthly figures (zone facts, land clearance ledger). Deterministic (seeded
 * random numbers), inserted in multi-row statements of a few thousand rows.
 */
export interface NationalSize {
  provinces: number;
  zones: number;
  tasks: number;
  years: number;
}

export const NATIONAL: NationalSize = { provinces: 34, zones: 1_000, tasks: 170_000, years: 5 };

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Inserts `rows` in multi-row statements, keeping each under the protocol's 65,535 parameters. */
async function bulk<T extends Record<string, unknown>>(
  insert: (rows: T[]) => Promise<unknown>,
  rows: T[],
  columns = Object.keys(rows[0] ?? {}).length || 1,
): Promise<void> {
  const size = Math.max(1, Math.min(5_000, Math.floor(30_000 / columns)));
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export async function generateNational(db: Db, today: string, size: NationalSize = NATIONAL, log = (_: string) => {}) {
  const rnd = prng(20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const startYear = Number(today.slice(0, 4)) - size.years;
  const start = `${startYear}${today.slice(4)}`;
  const dayBetween = (from: string, days: number) => addDays(from, Math.floor(rnd() * days));
  const span = Math.round((Date.parse(today) - Date.parse(start)) / 86_400_000);

  // provinces and their agencies
  const provinces = Array.from({ length: size.provinces }, (_, i) => ({
    id: `bench-tinh-${pad(i + 1)}`,
    name: `Tỉnh Thử Nghiệm ${i + 1}`,
  }));
  await bulk(
    (rows) => db.insert(adminUnits).values(rows),
    provinces.map((p) => ({
      id: p.id,
      name: p.name,
      nameSearch: foldVi(p.name),
      level: "province" as const,
      status: "transcribed" as const,
    })),
  );
  const agencyNames = ["Sở Công Thương", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Ban Quản lý Khu kinh tế"];
  const agencyRows = provinces.flatMap((p, pi) => [
    ...agencyNames.map((n, k) => ({ id: `bench-${pad(pi + 1)}-so-${k + 1}`, name: `${n} ${p.name}`, kind: "department" })),
    ...Array.from({ length: 15 }, (_, k) => ({
      id: `bench-${pad(pi + 1)}-xa-${k + 1}`,
      name: `UBND xã Số ${k + 1}, ${p.name}`,
      kind: "commune-committee",
    })),
  ]);
  await bulk(
    (rows) => db.insert(agencies).values(rows),
    agencyRows.map((a) => ({ ...a, nameSearch: foldVi(a.name) })),
  );
  const agenciesOf = (pi: number) => agencyRows.slice(pi * 20, pi * 20 + 20).map((a) => a.id);
  log(`  ${provinces.length} tỉnh, ${agencyRows.length} cơ quan`);

  // zones, with five years of monthly figures
  const zoneRows = Array.from({ length: size.zones }, (_, i) => {
    const pi = i % size.provinces;
    const kind = i % 5 === 0 ? ("KCN" as const) : ("CCN" as const);
    const name = `${kind === "CCN" ? "Cụm công nghiệp" : "Khu công nghiệp"} Thử Nghiệm ${i + 1}`;
    const area = Math.round((20 + rnd() * (kind === "KCN" ? 480 : 55)) * 100) / 100;
    const industrial = Math.round(area * 0.68 * 100) / 100;
    return {
      id: `bench-zone-${pad(i + 1, 4)}`,
      kind,
      name,
      nameSearch: foldVi(name),
      stage: pick(zoneStages.slice(0, 8)),
      areaHa: area,
      industrialLandHa: industrial,
      leasedLandHa: Math.round(industrial * rnd() * 100) / 100,
      totalInvestmentMillionVnd: Math.round(area * 4_000),
      decisionNumber: `${100 + i}/QĐ-UBND`,
      province: provinces[pi]?.id ?? "",
    };
  });
  await bulk(
    (rows) => db.insert(zones).values(rows),
    zoneRows.map(({ province: _, ...z }) => z),
  );
  const months = Array.from({ length: size.years * 12 }, (_, m) => {
    const d = new Date(Date.UTC(startYear, Number(today.slice(5, 7)) - 1 + m, 15));
    return d.toISOString().slice(0, 10);
  });
  const facts = zoneRows.flatMap((z) =>
    months.map((day, m) => ({
      zoneId: z.id,
      field: "leasedLandHa",
      value: Math.round(((z.leasedLandHa * (m + 1)) / months.length) * 100) / 100,
      asOf: day,
      recordedBy: "bench",
      recordedAt: new Date(`${day}T09:00:00+07:00`),
    })),
  );
  await bulk((rows) => db.insert(zoneFacts).values(rows), facts);
  const clearing = zoneRows.filter((_, i) => i % 3 === 0);
  const ledger = clearing.flatMap((z) => {
    const affected = 50 + Math.floor(rnd() * 500);
    return months.map((day, m) => {
      const share = (m + 1) / months.length;
      return {
        zoneId: z.id,
        unitId: z.province,
        reportedOn: day,
        householdsAffected: affected,
        householdsCounted: Math.round(affected * Math.min(1, share * 1.5)),
        plansApproved: Math.round(affected * Math.min(1, share * 1.2)),
        householdsPaid: Math.round(affected * share * 0.9),
        moneyPaidMillionVnd: Math.round(affected * share * 450),
        areaRecoveredHa: Math.round(z.areaHa * share * 0.9 * 100) / 100,
        areaHandedOverHa: Math.round(z.areaHa * share * 0.8 * 100) / 100,
        gravesMoved: Math.floor(share * 20),
        householdsResettled: Math.floor(share * 10),
        complaintsOpen: Math.floor(rnd() * 4),
        recordedBy: "bench",
        recordedAt: new Date(`${day}T10:00:00+07:00`),
      };
    });
  });
  await bulk((rows) => db.insert(landClearanceEntries).values(rows), ledger);
  log(`  ${zoneRows.length} khu, cụm; ${facts.length} số liệu tháng; ${ledger.length} dòng sổ giải phóng mặt bằng`);

  // conclusion notices and their tasks: about 100 tasks per notice
  const perDoc = 100;
  const docCount = Math.ceil(size.tasks / perDoc);
  const docRows = Array.from({ length: docCount }, (_, d) => {
    const pi = d % size.provinces;
    return {
      id: `bench-tb-${pad(d + 1, 5)}`,
      type: "Thông báo",
      number: `${d + 1}/TB-UBND`,
      issuedOn: dayBetween(start, span - 60),
      issuer: `UBND ${provinces[pi]?.name}`,
      title: `Kết luận của Chủ tịch UBND ${provinces[pi]?.name} số ${d + 1}`,
      province: pi,
    };
  });
  await bulk(
    (rows) => db.insert(documents).values(rows),
    docRows.map(({ province: _, ...d }) => d),
  );
  const until = addDays(today, OCCURRENCE_HORIZON_DAYS);
  let made = 0;
  for (let d0 = 0; d0 < docRows.length; d0 += 50) {
    const taskRows: (typeof tasks.$inferInsert)[] = [];
    const assigneeRows: (typeof taskAssignees.$inferInsert)[] = [];
    for (const doc of docRows.slice(d0, d0 + 50)) {
      const mine = agenciesOf(doc.province);
      const docZones = zoneRows.filter((z) => z.province === provinces[doc.province]?.id);
      for (let k = 0; k < perDoc && made < size.tasks; k++, made++) {
        const assignedOn = doc.issuedOn ?? start;
        const recurring = rnd() < 0.01;
        const deadline = recurring
          ? { kind: "recurring-monthly", value: "20" }
          : { kind: "date", value: addDays(assignedOn, 15 + Math.floor(rnd() * 120)) };
        const id = `${doc.id}-${pad(k + 1, 3)}`;
        taskRows.push({
          id,
          documentId: doc.id,
          ordinal: k + 1,
          subject: `Nhiệm vụ ${k + 1}`,
          summary: `Triển khai nội dung ${k + 1} của kết luận số ${doc.number}`,
          textSearch: taskSearchKey({
            subject: `Nhiệm vụ ${k + 1}`,
            summary: `Triển khai nội dung ${k + 1} của kết luận số ${doc.number}`,
          }),
          deadline,
          deadlineText: recurring ? "trước ngày 20 hằng tháng" : null,
          assignedOn,
          zoneIds: rnd() < 0.5 && docZones.length ? [pick(docZones).id] : [],
          milestones: [],
          createdAt: new Date(`${assignedOn}T08:00:00+07:00`),
        });
        assigneeRows.push({ taskId: id, role: "lead", position: 0, agencyId: pick(mine.slice(0, 5)), text: "chủ trì" });
        if (rnd() < 0.6) assigneeRows.push({ taskId: id, role: "coordinator", position: 0, agencyId: pick(mine), text: "phối hợp" });
      }
    }
    await bulk((rows) => db.insert(tasks).values(rows), taskRows, 10);
    await bulk((rows) => db.insert(taskAssignees).values(rows), assigneeRows);
    const occ = taskRows.flatMap((t) =>
      plannedOccurrencesOf(t as typeof tasks.$inferSelect, until).map((p) => ({ ...p, taskId: t.id as string })),
    );
    const ids: { id: number; dueDate: string | null }[] = [];
    await bulk(
      async (rows) =>
        ids.push(
          ...(await db.insert(taskOccurrences).values(rows).returning({ id: taskOccurrences.id, dueDate: taskOccurrences.dueDate })),
        ),
      occ,
    );
    const eventRows: (typeof taskEvents.$inferInsert)[] = [];
    for (const o of ids) {
      if (!o.dueDate) continue;
      const r = rnd();
      const ev = (type: string, on: string, extra: Partial<typeof taskEvents.$inferInsert> = {}) => {
        if (on <= today) eventRows.push({ occurrenceId: o.id, type, on, actorName: "Cán bộ thử nghiệm", ...extra });
      };
      if (o.dueDate > today) {
        if (r < 0.5) ev("progress", addDays(today, -Math.floor(rnd() * 20)), { percent: 30, text: "Đang triển khai" });
      } else if (r < 0.55) {
        const done = addDays(o.dueDate, -Math.floor(rnd() * 10));
        ev("progress", addDays(done, -10), { percent: 50, text: "Đang triển khai" });
        ev("submit", done, { completedOn: done });
        ev("confirm", addDays(done, 2));
      } else if (r < 0.75) {
        const done = addDays(o.dueDate, 1 + Math.floor(rnd() * 40));
        ev("submit", done, { completedOn: done });
        ev("confirm", addDays(done, 3));
      } else if (r < 0.78) {
        ev("cancel", addDays(o.dueDate, -5));
      } else if (r < 0.9) {
        ev("progress", addDays(o.dueDate, -3), { percent: 60, text: "Chưa xong" });
      }
    }
    await bulk((rows) => db.insert(taskEvents).values(rows), eventRows, 8);
    if ((d0 / 50) % 10 === 0) log(`  ${made} nhiệm vụ…`);
  }
  log(`  ${made} nhiệm vụ`);
  // events were written in bulk, not through recordTaskEvent: derive the read model from them
  const spans = await rebuildOccurrenceSpans(db);
  log(`  bảng trạng thái: ${spans.spans} khoảng từ ${spans.events} sự kiện`);
  return { provinces: provinces.length, zones: zoneRows.length, tasks: made, zoneFacts: facts.length, ledger: ledger.length };
}
