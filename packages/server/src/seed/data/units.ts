import { readFileSync } from "node:fs";
import { normVi, slugVi } from "@dondoc/domain";
import { parseCsv } from "../parse-csv";

/**
 * The administrative units, built from the 2025 commune table (ref-communes-2025):
 * the province, the 11 former district-level units, their communes until 30/6/2025, and the
 * 65 communes and wards from 1/7/2025 with succession links.
 */

export const PROVINCE_ID = "tinh-lang-son";
export const REFORM_DATE = "2025-07-01";
export const LAST_OLD_DAY = "2025-06-30";

export const formerDistricts = [
  { id: "tp-lang-son", name: "Thành phố Lạng Sơn", csv: "TP Lạng Sơn", level: "city" as const },
  { id: "huyen-trang-dinh", name: "Huyện Tràng Định", csv: "Tràng Định", level: "district" as const },
  { id: "huyen-binh-gia", name: "Huyện Bình Gia", csv: "Bình Gia", level: "district" as const },
  { id: "huyen-bac-son", name: "Huyện Bắc Sơn", csv: "Bắc Sơn", level: "district" as const },
  { id: "huyen-van-quan", name: "Huyện Văn Quan", csv: "Văn Quan", level: "district" as const },
  { id: "huyen-van-lang", name: "Huyện Văn Lãng", csv: "Văn Lãng", level: "district" as const },
  { id: "huyen-loc-binh", name: "Huyện Lộc Bình", csv: "Lộc Bình", level: "district" as const },
  { id: "huyen-dinh-lap", name: "Huyện Đình Lập", csv: "Đình Lập", level: "district" as const },
  { id: "huyen-huu-lung", name: "Huyện Hữu Lũng", csv: "Hữu Lũng", level: "district" as const },
  { id: "huyen-chi-lang", name: "Huyện Chi Lăng", csv: "Chi Lăng", level: "district" as const },
  { id: "huyen-cao-loc", name: "Huyện Cao Lộc", csv: "Cao Lộc", level: "district" as const },
];

/** Communes of TP Lạng Sơn that a mixed "TP Lạng Sơn + Cao Lộc" row lists without a "P." prefix (LEGAL-NOTES §7.2). */
const CITY_COMMUNES = new Set(["Mai Pha", "Hoàng Đồng", "Quảng Lạc"]);

export interface UnitSeed {
  id: string;
  code: string | null;
  name: string;
  level: "province" | "district" | "city" | "commune" | "ward" | "town";
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
  formerDistrictIds: string[];
  status: "transcribed" | "confirmed" | "unverified";
  note: string | null;
  passage: string;
}
export interface SuccessionSeed {
  fromId: string;
  toId: string;
  partial: boolean;
  passage: string;
}

function districtByCsv(label: string) {
  const d = formerDistricts.find((x) => x.csv === label.trim());
  if (!d) throw new Error(`Unknown former district in the commune table: ${label}`);
  return d;
}

/** "TT Thất Khê" → town "Thất Khê"; "P. Tam Thanh" → ward; "xã Chi Lăng" / "Tân Tiến" → commune. */
function parsePredecessor(raw: string) {
  let text = raw.replace("*", "").trim();
  const starred = raw.includes("*");
  const annotation = text.match(/\(([^)]+)\)$/)?.[1] ?? null;
  text = text.replace(/\s*\([^)]+\)$/, "");
  let level: UnitSeed["level"] = "commune";
  if (/^TT\s/.test(text)) {
    level = "town";
    text = text.replace(/^TT\s+/, "");
  } else if (/^P\.\s*/.test(text)) {
    level = "ward";
    text = text.replace(/^P\.\s*/, "");
  } else text = text.replace(/^xã\s+/i, "");
  return { name: normVi(text), level, starred, annotation };
}

const levelWord = { town: "Thị trấn", ward: "Phường", commune: "Xã" } as const;

export function buildUnits(csvPath: string): { units: UnitSeed[]; successions: SuccessionSeed[] } {
  const rows = parseCsv(readFileSync(csvPath, "utf8"));
  const units = new Map<string, UnitSeed>();
  const links: { fromId: string; toId: string; starred: boolean; passage: string }[] = [];
  const put = (u: UnitSeed) => units.has(u.id) || units.set(u.id, u);

  put({
    id: PROVINCE_ID,
    code: "20",
    name: "Tỉnh Lạng Sơn",
    level: "province",
    parentId: null,
    validFrom: null,
    validTo: null,
    formerDistrictIds: [],
    status: "transcribed",
    note: null,
    passage: "Tỉnh Lạng Sơn (mã 20), không sáp nhập năm 2025",
  });
  for (const d of formerDistricts) {
    put({
      id: d.id,
      code: null,
      name: d.name,
      level: d.level,
      parentId: PROVINCE_ID,
      validFrom: null,
      validTo: LAST_OLD_DAY,
      formerDistrictIds: [],
      status: "transcribed",
      note: "Đơn vị hành chính cấp huyện, kết thúc hoạt động từ 01/7/2025",
      passage: `Cột former_districts: ${d.csv}`,
    });
  }

  for (const row of rows) {
    const code = row.code ?? "";
    const newName = normVi(row.new_unit ?? "");
    const newLevel = newName.startsWith("Phường") ? "ward" : "commune";
    const newId = slugVi(newName);
    const labels = (row.former_districts ?? "").split("+").map((s) => s.trim());
    const districts = labels.map(districtByCsv);
    const note = row.note || null;
    const status: UnitSeed["status"] = note?.includes("unverified")
      ? "unverified"
      : note?.includes("confirmed")
        ? "confirmed"
        : "transcribed";
    const rowPassage = `Dòng ${code} ${newName}: ${row.predecessors}`;
    put({
      id: newId,
      code,
      name: newName,
      level: newLevel,
      parentId: PROVINCE_ID,
      validFrom: REFORM_DATE,
      validTo: null,
      formerDistrictIds: districts.map((d) => d.id),
      status,
      note,
      passage: rowPassage,
    });

    for (const raw of (row.predecessors ?? "").split(",")) {
      const p = parsePredecessor(raw);
      const district = pickDistrict(p, districts);
      const id = `${district.id}.${slugVi(`${p.level === "town" ? "tt" : p.level === "ward" ? "p" : "xa"} ${p.name}`)}`;
      put({
        id,
        code: null,
        name: `${levelWord[p.level as keyof typeof levelWord]} ${p.name}`,
        level: p.level,
        parentId: district.id,
        validFrom: null,
        validTo: LAST_OLD_DAY,
        formerDistrictIds: [],
        status: p.starred ? "unverified" : status,
        note: p.starred ? note : null,
        passage: rowPassage,
      });
      links.push({ fromId: id, toId: newId, starred: p.starred, passage: rowPassage });
    }
  }

  const timesListed = new Map<string, number>();
  for (const l of links) timesListed.set(l.fromId, (timesListed.get(l.fromId) ?? 0) + 1);
  const successions = links.map((l) => ({
    fromId: l.fromId,
    toId: l.toId,
    partial: l.starred || (timesListed.get(l.fromId) ?? 0) > 1,
    passage: l.passage,
  }));
  return { units: [...units.values()], successions };
}

function pickDistrict(p: ReturnType<typeof parsePredecessor>, districts: (typeof formerDistricts)[number][]) {
  const [first, second] = districts;
  if (!first) throw new Error("A commune row without a former district");
  if (!second) return first;
  if (p.annotation) return districtByCsv(p.annotation);
  if (first.id === "tp-lang-son") return p.level === "ward" || CITY_COMMUNES.has(p.name) ? first : second;
  return first;
}
