import { foldVi } from "../shared/vi-text";
import { withoutCellMark } from "./clean-text";
import { isAllCaps } from "./paragraphs";
import { cellsOf } from "./table-rows";
import type { DocumentHeader } from "./types";

/**
 * Header and signature block of a document laid out by Decree 30/2020/NĐ-CP:
 * "Số: 609/QĐ-UBND", "Lạng Sơn, ngày 10 tháng 3 năm 2025", the type line (THÔNG BÁO, QUYẾT ĐỊNH,
 * KẾ HOẠCH, …) and the title under it; at the end "TM./KT./TL. …", the signer's title and name.
 */

const TYPES: Record<string, string> = {
  "thong bao": "TB",
  "quyet dinh": "QĐ",
  "ke hoach": "KH",
  "bao cao": "BC",
  "to trinh": "TTr",
  "giay moi": "GM",
  "cong van": "CV",
  "chi thi": "CT",
  "nghi quyet": "NQ",
  "cong dien": "CĐ",
  "bien ban": "BB",
  "huong dan": "HD",
  "quy che": "QC",
  "ket luan": "KL",
};
const NUMBER = /^Số\s*:\s*(\d*)\s*\/\s*([\p{Lu}\d]+(?:-[\p{Lu}\d]+)*)/u;
const PLACE_DATE = /^(\p{Lu}[\p{L} .'-]{1,40}?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u;
const AUTHORITY_PREFIX = /^(?:TM|KT|TL|TUQ|Q)\.(?:\s|$)/u;
const SIGNING_TITLE = /CHỦ TỊCH|VĂN PHÒNG|GIÁM ĐỐC|TRƯỞNG|ỦY BAN NHÂN DÂN|UBND|THANH TRA|TỔNG|BÍ THƯ/u;
const PERSON = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;
const BODY_START = /^(?:Ngày|Thực hiện|Căn cứ|Sau khi|Theo|Vào|Sáng|Chiều|Trong|Để|Kính gửi)(?![\p{L}])/u;
const MOTTO = /^(?:cong hoa xa hoi|doc lap tu do|uy ban nhan dan|ubnd)/;

export interface HeaderReading {
  header: DocumentHeader;
  /** Index of the first body paragraph (after the title). */
  bodyStart: number;
}

export function readHeader(marked: string[]): HeaderReading {
  const paragraphs = marked.map(withoutCellMark);
  const top = paragraphs.slice(0, 60);
  // the number and the place and date often sit in the cells of a layout table: "| Số: 12/TB-UBND | Hà Nội, ngày … |"
  const cells = top.map((p) => (p.startsWith("|") ? cellsOf(p) : [p]));
  const numberMatch = cells.flatMap((c) => c.map((p) => NUMBER.exec(p))).find((m) => m !== null) ?? null;
  const dateIndex = cells.findIndex((c) => c.some((p) => PLACE_DATE.test(p)));
  const dateMatch = dateIndex >= 0 ? ((cells[dateIndex] ?? []).map((p) => PLACE_DATE.exec(p)).find((m) => m !== null) ?? null) : null;
  const typeIndex = top.findIndex((p) => isAllCaps(p) && Object.hasOwn(TYPES, foldVi(p)) && !p.trim().endsWith(":"));
  const symbol = numberMatch?.[2] ?? null;
  const docType = symbol ? (symbol.split("-")[0] ?? null) : typeIndex >= 0 ? (TYPES[foldVi(top[typeIndex] ?? "")] ?? null) : null;
  const { title, titleIndex } = readTitle(top, typeIndex, dateIndex);
  const { authority, signer } = readSignature(paragraphs);
  const province = dateMatch?.[1]?.trim() ?? mostCitedProvince(paragraphs);
  return {
    header: {
      docType,
      number: numberMatch?.[1] ? `${numberMatch[1]}/${symbol}` : null,
      issuedOn: dateMatch ? issuedOn(dateMatch) : null,
      issuer: issuerOf(symbol, authority, province),
      signer,
      signerAuthority: authority,
      title,
    },
    bodyStart: Math.max(titleIndex, dateIndex, typeIndex, numberMatch ? 0 : -1) + 1,
  };
}

function issuedOn(m: RegExpExecArray): string {
  const month = String(Number(m[3])).padStart(2, "0");
  return m[2] ? `${m[4]}-${month}-${String(Number(m[2])).padStart(2, "0")}` : `${m[4]}-${month}`;
}

function readTitle(top: string[], typeIndex: number, dateIndex: number): { title: string | null; titleIndex: number } {
  const from = typeIndex >= 0 ? typeIndex + 1 : dateIndex + 1;
  if (from <= 0) return { title: null, titleIndex: -1 };
  for (let i = from; i < Math.min(top.length, from + 4); i++) {
    const p = top[i] ?? "";
    if (BODY_START.test(p)) break;
    if (MOTTO.test(foldVi(p)) || /^(?:Số hiệu|Ngày|Loại|Cơ quan|Người ký|Lĩnh vực)\b/u.test(p)) continue;
    return { title: p, titleIndex: i };
  }
  return { title: null, titleIndex: from - 1 };
}

/** The signature block: the authority lines ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG") and the name under them. */
function readSignature(paragraphs: string[]): { authority: string | null; signer: string | null } {
  const recipients = paragraphs.findLastIndex((p) => /^Nơi nhận\s*:?/u.test(p));
  const isAuthority = (p: string) =>
    p.length <= 60 && !/\p{Ll}/u.test(p) && (AUTHORITY_PREFIX.test(p) || (isAllCaps(p) && SIGNING_TITLE.test(p)));
  const from = Math.max(recipients, 0);
  const start = paragraphs.findIndex((p, i) => i >= from && isAuthority(p) && (recipients >= 0 || AUTHORITY_PREFIX.test(p)));
  const fallbackSigner = paragraphs.map((p) => /^Người ký\s*\|?\s*(.+)$/u.exec(p)?.[1]?.trim()).find((n) => n && PERSON.test(n)) ?? null;
  if (start < 0) return { authority: null, signer: fallbackSigner };
  const parts: string[] = [];
  let i = start;
  for (; i < paragraphs.length && parts.length < 3 && isAuthority(paragraphs[i] ?? ""); i++) {
    const p = (paragraphs[i] ?? "").trim();
    const last = parts[parts.length - 1];
    if (last && /^(?:TM|KT|TL|TUQ|Q)\.$/u.test(last)) parts[parts.length - 1] = `${last} ${p}`;
    else parts.push(p);
  }
  const signer =
    paragraphs
      .slice(i, i + 6)
      .find((p) => PERSON.test(p.trim()))
      ?.trim() ?? fallbackSigner;
  return { authority: parts.join(" / ") || null, signer };
}

/**
 * Who issued it: the symbol's organ ("TB-VP" → the provincial office), else the signature block.
 * An office signing "TL. CHỦ TỊCH" issues in the committee's name: "UBND tỉnh X (Văn phòng)".
 */
function issuerOf(symbol: string | null, authority: string | null, province: string | null): string | null {
  const organ = symbol?.split("-").slice(1).join("-") ?? "";
  const auth = authority ?? "";
  const committee = `UBND tỉnh${province ? ` ${province}` : ""}`;
  const office = `Văn phòng ${committee}`;
  if (organ === "VP" || (!organ && /^(?:KT\. )?(?:PHÓ )?CHÁNH VĂN PHÒNG/u.test(auth))) return office;
  if (organ === "UBND" || (!organ && /ỦY BAN NHÂN DÂN|CHỦ TỊCH/u.test(auth))) {
    return /^TL\./u.test(auth) && /VĂN PHÒNG/u.test(auth) ? `${committee} (Văn phòng)` : committee;
  }
  return organ || null;
}

function mostCitedProvince(paragraphs: string[]): string | null {
  const counts = new Map<string, number>();
  for (const p of paragraphs) {
    for (const m of p.matchAll(/tỉnh\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})/gu)) {
      if (m[1]) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
