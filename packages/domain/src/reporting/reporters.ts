import type { IsoDate } from "../calendar/iso-date";
import { groupBy } from "../shared/group-by";
import { compareVi } from "../shared/vi-text";
import { accountableBodyId } from "../tasks/accountable-body";
import type { Reporter, ReporterGroup } from "./obligation";

/** What the reporters of an obligation are resolved from: the registry and the open tasks on zones. */
export interface ReporterRegistry {
  agencies: readonly {
    id: string;
    name: string;
    shortName: string | null;
    kind: string;
    unitId: string | null;
    parentId: string | null;
    validFrom: string | null;
    validTo: string | null;
  }[];
  zones: readonly { id: string; name: string; kind: string; stage: string; investorId: string | null }[];
  /** the registry's zone → commune data */
  zoneUnits: readonly { zoneId: string; unitId: string }[];
}

/**
 * Tasks on one or more zones that are open (not done, not cancelled) on the date reporters are
 * resolved, grouped by what resolving asks of them: the same zones, lead and coordinating agencies.
 */
export interface OpenZoneTask {
  zoneIds: readonly string[];
  leads: readonly string[];
  coordinators: readonly string[];
  /** how many open tasks have these zones and agencies */
  tasks: number;
}

/** One body asked to report, with why it is on the list ("chủ trì 2 nhiệm vụ còn mở về CCN Hòa Sơn 1"). */
export interface ExpectedReporter {
  agencyId: string;
  reasons: string[];
}

/** Agency kinds that count as "sở, ban, ngành". */
export const DEPARTMENT_KINDS = ["department", "board"] as const;

/**
 * Bodies that may be asked to report on a task they lead or coordinate: the provincial departments,
 * boards and sector agencies, communes, companies and consortia. The provincial committee, the party,
 * a steering committee, the Ministry and persons are not (a person counts under the body it leads).
 */
export const TASK_REPORTER_KINDS = [
  "department",
  "board",
  "centre",
  "inspectorate",
  "police",
  "tax",
  "military",
  "customs",
  "commune-committee",
  "company",
  "consortium",
] as const;

/** The zone kinds a group is about: "khu, cụm công nghiệp" (not the border economic zone) or clusters only. */
const ZONE_KINDS: Record<ReporterGroup, readonly string[]> = {
  departments: [],
  "zone-task-bodies": ["KCN", "CCN"],
  "cluster-task-bodies": ["CCN"],
  "communes-with-project": ["KCN", "CCN"],
  "communes-with-cluster": ["CCN"],
  "infrastructure-investors": ["KCN", "CCN"],
  "cluster-investors": ["CCN"],
};

const validOn = (a: { validFrom: string | null; validTo: string | null }, date: IsoDate) =>
  (a.validFrom === null || a.validFrom <= date) && (a.validTo === null || a.validTo >= date);

const SHOWN_ZONES = 3;
/** "CCN A, CCN B, CCN C và 2 khu, cụm khác" */
function zoneList(names: Iterable<string>): string {
  const unique = new Set(names);
  // the first few in Vietnamese order, without sorting a body's hundreds of zones
  const first: string[] = [];
  for (const name of unique) {
    if (first.length === SHOWN_ZONES && compareVi(name, first[SHOWN_ZONES - 1] as string) >= 0) continue;
    const at = first.findIndex((f) => compareVi(name, f) < 0);
    first.splice(at === -1 ? first.length : at, 0, name);
    first.length = Math.min(first.length, SHOWN_ZONES);
  }
  const shown = first.join(", ");
  return unique.size > SHOWN_ZONES ? `${shown} và ${unique.size - SHOWN_ZONES} khu, cụm khác` : shown;
}

class Reasons {
  private readonly byAgency = new Map<string, string[]>();
  add(agencyId: string, reason: string) {
    const list = this.byAgency.get(agencyId) ?? [];
    if (!list.includes(reason)) list.push(reason);
    this.byAgency.set(agencyId, list);
  }
  result(except: string): ExpectedReporter[] {
    return [...this.byAgency]
      .filter(([id]) => id !== except)
      .map(([agencyId, reasons]) => ({ agencyId, reasons }))
      .sort((a, b) => a.agencyId.localeCompare(b.agencyId));
  }
}

function addGroup(out: Reasons, group: ReporterGroup, registry: ReporterRegistry, openTasks: readonly OpenZoneTask[], date: IsoDate) {
  const agencies = new Map(registry.agencies.map((a) => [a.id, a]));
  const zones = registry.zones.filter((z) => z.stage !== "removed" && ZONE_KINDS[group].includes(z.kind));
  const zoneName = new Map(zones.map((z) => [z.id, z.name]));
  switch (group) {
    case "departments":
      for (const a of registry.agencies)
        if ((DEPARTMENT_KINDS as readonly string[]).includes(a.kind) && validOn(a, date)) out.add(a.id, "sở, ban, ngành của tỉnh");
      return;
    case "zone-task-bodies":
    case "cluster-task-bodies": {
      // body → tasks it leads, tasks it only coordinates, and their zones' names
      const tally = new Map<string, { led: number; onlyCoordinated: number; leadZones: Set<string>; coordinatorZones: Set<string> }>();
      const bodyOf = new Map<string, string | null>();
      const reportingBody = (id: string) => {
        if (!bodyOf.has(id)) {
          const b = agencies.get(accountableBodyId(id, agencies));
          bodyOf.set(id, b && (TASK_REPORTER_KINDS as readonly string[]).includes(b.kind) && validOn(b, date) ? b.id : null);
        }
        return bodyOf.get(id) ?? null;
      };
      const bodiesOf = (ids: readonly string[]) => new Set(ids.map(reportingBody).filter((b): b is string => b !== null));
      for (const t of openTasks) {
        const names = t.zoneIds.map((id) => zoneName.get(id)).filter((n): n is string => n !== undefined);
        if (names.length === 0) continue;
        const leads = bodiesOf(t.leads);
        for (const [role, bodies] of [
          ["lead", leads],
          ["coordinator", bodiesOf(t.coordinators)],
        ] as const) {
          for (const id of bodies) {
            const entry = tally.get(id) ?? { led: 0, onlyCoordinated: 0, leadZones: new Set(), coordinatorZones: new Set() };
            if (role === "lead") entry.led += t.tasks;
            else if (!leads.has(id)) entry.onlyCoordinated += t.tasks;
            const zonesOf = entry[role === "lead" ? "leadZones" : "coordinatorZones"];
            for (const n of names) zonesOf.add(n);
            tally.set(id, entry);
          }
        }
      }
      for (const [id, e] of tally) {
        if (e.led > 0) out.add(id, `chủ trì ${e.led} nhiệm vụ còn mở về ${zoneList(e.leadZones)}`);
        if (e.onlyCoordinated > 0) out.add(id, `phối hợp ${e.onlyCoordinated} nhiệm vụ còn mở về ${zoneList(e.coordinatorZones)}`);
      }
      return;
    }
    case "communes-with-project":
    case "communes-with-cluster": {
      const unitsOfZones = groupBy(
        registry.zoneUnits.filter((u) => zoneName.has(u.zoneId)),
        (u) => u.unitId,
      );
      for (const a of registry.agencies) {
        const units = a.unitId === null ? undefined : unitsOfZones.get(a.unitId);
        if (a.kind === "commune-committee" && units && validOn(a, date))
          out.add(a.id, `có ${zoneList(units.map((u) => zoneName.get(u.zoneId) as string))} trên địa bàn`);
      }
      return;
    }
    case "infrastructure-investors":
    case "cluster-investors": {
      for (const [id, invested] of groupBy(
        zones.filter((z) => z.investorId !== null),
        (z) => z.investorId as string,
      )) {
        const a = agencies.get(id);
        if (a && validOn(a, date)) out.add(a.id, `chủ đầu tư hạ tầng ${zoneList(invested.map((z) => z.name))}`);
      }
      return;
    }
  }
}

/** Whether resolving `reporter` needs the open tasks on zones (so the server loads them only then). */
export function needsOpenZoneTasks(reporter: Reporter): boolean {
  const groups = reporter.kind === "group" ? [reporter.group] : reporter.kind === "groups" ? reporter.groups : [];
  return groups.some((g) => g === "zone-task-bodies" || g === "cluster-task-bodies");
}

/**
 * Every body that must report under `reporter` on `date`, each with why, sorted by id; never the
 * recipient itself. "Các sở, ban, ngành … và các đơn vị liên quan" is data: the bodies that lead or
 * coordinate an open task on a zone, the communes where a zone lies (the registry's zone → commune
 * rows; the border economic zone is not a "khu, cụm công nghiệp") and the zones' investors.
 */
export function resolveReporters(
  reporter: Reporter,
  registry: ReporterRegistry,
  openTasks: readonly OpenZoneTask[],
  date: IsoDate,
  recipientAgencyId: string,
): ExpectedReporter[] {
  const out = new Reasons();
  const named = reporter.kind === "agency" ? reporter.agencyIds : reporter.kind === "groups" ? reporter.agencyIds : [];
  for (const id of named) out.add(id, "được nêu tên trong chế độ báo cáo");
  const groups = reporter.kind === "group" ? [reporter.group] : reporter.kind === "groups" ? reporter.groups : [];
  for (const g of groups) addGroup(out, g, registry, openTasks, date);
  return out.result(recipientAgencyId);
}

/** "chủ trì 2 nhiệm vụ còn mở về CCN Hòa Sơn 1; có CCN Hòa Sơn 1 trên địa bàn" */
export const reasonText = (r: Pick<ExpectedReporter, "reasons">): string => r.reasons.join("; ");
