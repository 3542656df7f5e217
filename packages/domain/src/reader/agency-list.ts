import {
  BARE_GROUP,
  COMMUNES,
  GROUP,
  GROUP_CONTINUATION,
  HEAD,
  INVESTOR,
  PERSON_NAME,
  PROPER,
  SEPARATOR,
  startsStopWord,
  TITLE,
} from "./agency-words";
import { displayName, matchNameAt, type NameEntry, type NameIndex } from "./resolve-names";

/**
 * Reads the list of agencies that begins a clause: "Sở Tài chính, Ban Quản lý Khu KTCK …",
 * "UBND các xã Hữu Lũng, Tuấn Sơn", "các chủ đầu tư hạ tầng KCN A, CCN B và CCN C",
 * "đồng chí Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh, …", "Các sở, ban, ngành, đơn vị, UBND các xã
 * có liên quan". Each item is recorded the way an official writes it.
 */

export interface AgencyItem {
  text: string;
  /** What joined it to the previous item. */
  joiner: "," | "và" | null;
  entry: NameEntry | null;
  generic: boolean;
}

export interface AgencyList {
  items: AgencyItem[];
  end: number;
}

export interface ListContext {
  index: NameIndex;
  /** The zone of the section being read ("1. Đối với Dự án Cụm công nghiệp Hòa Sơn 1"). */
  sectionZone: NameEntry | null;
  /** A letter's addressee, whom "quý Bộ", "quý cơ quan" name. */
  addressee?: string;
}

/** "quý Bộ", "quý cơ quan", "Quý Ủy ban": the addressee of the letter. */
const ADDRESSED =
  /^[Qq]uý\s+(?:Bộ|cơ\s+quan|Cơ\s+quan|Ủy\s+ban|UBND|đơn\s+vị|Sở|Tập\s+đoàn|Tổng\s+công\s+ty|Ban|Tỉnh|tỉnh|Thành\s+phố)(?![\p{L}])/u;

function readAddressee(text: string, ctx: ListContext): Read | null {
  const m = ADDRESSED.exec(text);
  if (!m || !ctx.addressee) return null;
  const known = matchNameAt(ctx.index.agencies, ctx.addressee);
  const entry = known && known.end === ctx.addressee.length ? known.entry : null;
  return { items: [{ text: ctx.addressee, entry, generic: false }], end: m[0].length };
}

/** Whether an agency name (or group, person, investor) begins at the start of `text`. */
export function startsAgency(text: string, ctx: ListContext): boolean {
  return (
    matchNameAt(ctx.index.agencies, text) !== null ||
    HEAD.test(text) ||
    GROUP.test(text) ||
    PERSON_NAME.test(text) ||
    INVESTOR.test(text) ||
    (ctx.addressee !== undefined && ADDRESSED.test(text))
  );
}

export function readAgencyList(text: string, ctx: ListContext): AgencyList | null {
  const items: AgencyItem[] = [];
  let pos = 0;
  let joiner: AgencyItem["joiner"] = null;
  for (;;) {
    const one = readOne(text.slice(pos), ctx);
    if (!one) break;
    for (const [i, item] of one.items.entries()) items.push({ ...item, joiner: i === 0 ? joiner : "," });
    pos += one.end;
    // "Giao các sở, ngành tỉnh; Uỷ ban nhân dân các huyện; Các Ban QLDA …": a semicolon between names joins them too
    const sep = SEPARATOR.exec(text.slice(pos)) ?? /^\s*(;)\s*/u.exec(text.slice(pos));
    if (!sep || !startsAgency(text.slice(pos + sep[0].length), ctx)) break;
    joiner = sep[1] === "," ? "," : "và";
    pos += sep[0].length;
  }
  return items.length > 0 ? { items, end: pos } : null;
}

type Read = { items: Omit<AgencyItem, "joiner">[]; end: number };

function readOne(text: string, ctx: ListContext): Read | null {
  return (
    readAddressee(text, ctx) ??
    readInvestors(text, ctx) ??
    readCommunes(text, ctx) ??
    readNamedMembers(text, ctx) ??
    readPerson(text, ctx) ??
    readKnown(text, ctx) ??
    readGeneric(text, ctx)
  );
}

/** "các bộ Công an, Quốc phòng", "Ủy ban nhân dân các tỉnh: Cao Bằng, Bắc Kạn", "các Sở: Tài chính, Xây dựng". */
const MEMBERS = /^(?:(?:UBND|Ủy ban nhân dân)\s+các\s+(tỉnh|huyện)|các\s+([Bb]ộ|[Ss]ở))\s*:?\s+(?=\p{Lu})/u;

/** "các bộ Công an, Quốc phòng, Tài chính" → "Bộ Công an", "Bộ Quốc phòng", "Bộ Tài chính". */
function readNamedMembers(text: string, ctx: ListContext): Read | null {
  const m = MEMBERS.exec(text);
  if (!m) return null;
  const head = m[1] ? `UBND ${m[1]}` : `${(m[2] ?? "").charAt(0).toUpperCase()}${(m[2] ?? "").slice(1).toLowerCase()}`;
  const items: Read["items"] = [];
  let end = m[0].length;
  for (;;) {
    // places ("Tràng Định và Bình Gia") split at "và"; names of ministries and departments may hold it ("Kế hoạch và Đầu tư")
    const name = readWords(text.slice(end), m[1] ? PLACE_MEMBER : NEVER);
    if (!name || !/^\p{Lu}/u.test(name.text)) break;
    const written = `${head} ${name.text}`;
    const known = matchNameAt(ctx.index.agencies, written);
    const entry = known && known.end === written.length ? known.entry : null;
    items.push({ text: entry ? displayName(written, entry) : written, entry, generic: false });
    end += name.end;
    const sep = (m[1] ? /^\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?=\p{Lu})/u : /^\s*,\s*(?=\p{Lu})/u).exec(text.slice(end));
    if (!sep) break;
    end += sep[0].length;
  }
  return items.length > 1 ? { items, end } : null;
}

/** "UBND tỉnh" followed by "Nghệ An": another province's committee, not the registry's. */
const PLACE_CONTINUES = /(?:tỉnh|huyện|xã|phường|thị xã|thành phố|TP\.?)$/iu;

function readKnown(text: string, ctx: ListContext): Read | null {
  const match = matchNameAt(ctx.index.agencies, text);
  if (!match) return null;
  const written = text.slice(0, match.end).trim();
  if (PLACE_CONTINUES.test(written) && /^\s+\p{Lu}\p{Ll}*/u.test(text.slice(match.end))) return null;
  // "Sở Xây dựng các tỉnh, thành phố": the departments of every province, not the registry's own
  if (/^\s+các\s+(?:tỉnh|huyện|quận|địa\s+phương|thành\s+phố|xã|phường)(?![\p{L}])/u.test(text.slice(match.end))) return null;
  if (match.entry.kind === "person") return readPerson(text, ctx, match.entry);
  return { items: [{ text: displayName(written, match.entry), entry: match.entry, generic: false }], end: match.end };
}

/** "đồng chí Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban …" → name and first title. */
function readPerson(text: string, ctx: ListContext, known?: NameEntry): Read | null {
  const named = PERSON_NAME.exec(text);
  const match = known ? matchNameAt(ctx.index.agencies, text) : null;
  let end = named ? named[0].length : (match?.end ?? 0);
  if (end === 0) return null;
  const name = named ? named[1] : text.slice(0, end).trim();
  const entry = known ?? (name ? (matchNameAt(ctx.index.agencies, name)?.entry ?? null) : null);
  const titles: string[] = [];
  for (;;) {
    const rest = text.slice(end);
    const comma = /^\s*,\s*/.exec(rest);
    if (!comma || !TITLE.test(rest.slice(comma[0].length))) break;
    const title = readWords(rest.slice(comma[0].length), NEVER);
    if (!title) break;
    titles.push(title.text);
    end += comma[0].length + title.end;
  }
  const shown = titles[0] ? `${name}, ${titles[0]}` : (name ?? "");
  return { items: [{ text: shown, entry: entry?.kind === "person" ? entry : null, generic: false }], end };
}

/** "các chủ đầu tư hạ tầng KCN A, CCN B và CCN C" → one investor per zone; "Chủ đầu tư" → the section's zone. */
function readInvestors(text: string, ctx: ListContext): Read | null {
  const m = INVESTOR.exec(text);
  if (!m) return null;
  const role = m[2]?.toLowerCase() === "nhà" ? "Nhà đầu tư" : "Chủ đầu tư";
  const items: Read["items"] = [];
  let end = m[0].length;
  for (;;) {
    const rest = text.slice(end);
    const lead = /^\s*/.exec(rest)?.[0].length ?? 0;
    const zone = matchNameAt(ctx.index.zones, rest.slice(lead));
    if (!zone) break;
    items.push({ text: `${role} ${zone.entry.name}`, entry: null, generic: false });
    end += lead + zone.end;
    const sep = SEPARATOR.exec(text.slice(end));
    if (!sep || !matchNameAt(ctx.index.zones, text.slice(end + sep[0].length))) break;
    end += sep[0].length;
  }
  if (items.length > 0) return { items, end };
  if (m[1] || m[3] || m[4] || !ctx.sectionZone) return null;
  return { items: [{ text: `${role} ${ctx.sectionZone.name}`, entry: null, generic: false }], end: m[0].length };
}

/**
 * "UBND các xã Hữu Lũng, Tuấn Sơn" → "UBND xã Hữu Lũng", "UBND xã Tuấn Sơn"; "UBND tỉnh Bình Định, Phú Yên"
 * (several places after one committee, without "các") → "UBND tỉnh Bình Định", "UBND tỉnh Phú Yên".
 */
function readCommunes(text: string, ctx: ListContext): Read | null {
  const communes = COMMUNES.exec(text);
  const places = communes?.[1] ? null : PLACES.exec(text);
  const m = communes?.[1] ? communes : places;
  if (!m) return null;
  const head = places ? (places[1] ?? "UBND") : "UBND";
  const items: Read["items"] = [];
  let end = m[0].length;
  for (;;) {
    const name = PROPER.exec(text.slice(end));
    if (!name || HEAD.test(name[0])) break;
    const written = `${head} ${m[2]} ${name[0]}`;
    const entry = matchNameAt(ctx.index.agencies, written);
    const known = entry && entry.end === written.length ? entry.entry : null;
    items.push({ text: known ? displayName(written, known) : written, entry: known, generic: false });
    end += name[0].length;
    const sep = SEPARATOR.exec(text.slice(end));
    if (!sep || !/^\p{Lu}/u.test(text.slice(end + sep[0].length))) break;
    if (startsAgency(text.slice(end + sep[0].length), ctx)) break;
    end += sep[0].length;
  }
  return items.length > (places ? 1 : 0) ? { items, end } : null;
}

/** One committee named before several places: "UBND tỉnh Bình Định, Phú Yên". */
const PLACES = /^(UBND|Ủy ban nhân dân)\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(?=\p{Lu})/u;

/** A name or group the registry does not know: from its head word up to the verb. */
function readGeneric(text: string, ctx: ListContext): Read | null {
  if (!HEAD.test(text) && !GROUP.test(text)) return null;
  // a person by title always opens another item ("Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện")
  const opensNext = (rest: string, current: string) => (isClosed(current) || PERSON_TITLE.test(rest)) && startsAgency(rest, ctx);
  const read = readWords(text, {
    crossComma: (rest, current) => !opensNext(rest, current) && (GROUP_CONTINUATION.test(rest) || startsAgency(rest, ctx)),
    // "các sở, ban, ngành và các hộ gia đình …": a second "các" of people or firms opens a body of its own
    endsAtAnd: (rest, current) => opensNext(rest, current) || NON_STATE_GROUP.test(rest),
  });
  if (!read) return null;
  return { items: [{ text: read.text, entry: null, generic: /^các\s/iu.test(read.text) }], end: read.end };
}

/** A person by title, or one office ("Văn phòng HĐND và UBND huyện"), is never the continuation of a group. */
const PERSON_TITLE =
  /^(?:(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Thủ trưởng|Bộ trưởng|Trưởng ban|Chánh Văn phòng|Người đứng đầu)|Văn phòng)(?![\p{L}])/u;
const NON_STATE_GROUP =
  /^các\s+(?:hộ\s+gia\s+đình|hộ\s+dân|cá\s+nhân|người\s+dân|doanh\s+nghiệp|tổ\s+chức|nhà\s+đầu\s+tư|chủ\s+đầu\s+tư|nhà\s+thầu)(?![\p{L}])/iu;

/** "Các sở, ban, ngành" is still open (a later "UBND các xã" joins it); "ngành thành viên BCĐ" is closed. */
function isClosed(current: string): boolean {
  const last = (current.split(/,\s*|\s+và\s+/u).pop() ?? "").trim();
  return !BARE_GROUP.test(last);
}

interface WordRules {
  crossComma: (rest: string, current: string) => boolean;
  endsAtAnd: (rest: string, current: string) => boolean;
}

const APPOSITION = /^[-–]\s+(?:[Cc]ơ\s?quan (?:[Tt]hường trực|chủ trì|đầu mối)|[Tt]hường trực)(?![\p{L}])/u;

/**
 * What stands beside a name at the start of `rest` and is not the task: a role after a dash (" - Cơ
 * quan Thường trực Ban X"), a role after "là" (", là cơ quan thường trực, …"), a parenthesis ("(cơ
 * quan thường trực)", "(Chủ đầu tư)"). Its length, 0 when there is none.
 */
export function appositionLength(rest: string): number {
  const aside =
    /^\s*(?:\([^()]{1,150}\)|,?\s*là\s+(?:cơ\s?quan|đơn vị)\s+(?:thường trực|đầu mối|chủ trì|chuyên môn|tham mưu)[^,;.:()]*(?:,(?=\s))?)/iu.exec(
      rest,
    );
  if (aside) return aside[0].length + appositionLength(rest.slice(aside[0].length));
  const space = /^\s*/u.exec(rest)?.[0].length ?? 0;
  const word = rest.slice(space);
  if (!APPOSITION.test(word)) return 0;
  const dash = /^[-–]\s+/u.exec(word)?.[0].length ?? 0;
  const role = readWords(word.slice(dash), NEVER);
  return role ? space + dash + role.end : 0;
}

const NEVER: WordRules = { crossComma: () => false, endsAtAnd: () => false };

/** Verbs that extraction glues to the name before them. */
const GLUED_VERB =
  /^(?:chủ trì|phối hợp|khẩn trương|thực hiện|tham mưu|báo cáo|có trách nhiệm|chịu trách nhiệm|tổ chức|hướng dẫn|rà soát|triển khai)(?![\p{L}])/u;

/** Where a verb glued to the end of `token` begins (0 when none): "chínhchủ" in "chínhchủ trì" → 5. */
function gluedVerbAt(token: string, word: string): number {
  if (!/^\p{Ll}+$/u.test(token) || token.length < 5) return 0;
  for (let k = 2; k <= token.length - 2; k++) {
    if (
      /[aeiouyàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ]/u.test(token.slice(0, k)) &&
      GLUED_VERB.test(word.slice(k))
    )
      return k;
  }
  return 0;
}
/** Where a group is: "trên địa bàn (tỉnh, Thành phố X)", "trong (các) khu, cụm công nghiệp (X)". */
const NAME_PLACE =
  /^(?:trên\s+địa\s+bàn(?:\s+(?:tỉnh|thành\s+phố|Thành\s+phố|huyện|xã|phường|toàn\s+quốc|cả\s+nước))?|trong\s+(?:các\s+)?(?:khu|cụm)(?:,\s*cụm)?\s+(?:công\s+nghiệp|kinh\s+tế|chế\s+xuất))(?:\s+\p{Lu}[\p{L}]*)*(?![\p{L}])/u;
/** Official names that hold a comma: "Sở Văn hóa, Thể thao và Du lịch", "Phòng Kinh tế, Hạ tầng và Đô thị". */
/** "các Ban Quản lý KCN, KKT các tỉnh": an abbreviation after an abbreviation names another part of the same body. */
function acronyms(before: string, after: string): boolean {
  return /(?<![\p{L}])\p{Lu}{2,5}$/u.test(before) && /^\p{Lu}{2,5}(?![\p{L}&])/u.test(after) && !/^(?:UBND|HĐND|BQL|BCĐ)/u.test(after);
}

function commaInName(before: string, after: string): boolean {
  return /(?:Văn hóa|Văn hoá|Kinh tế|Lao động)$/u.test(before) && /^(?:Thể thao|Thông tin|Hạ tầng|Thương binh)(?![\p{L}])/u.test(after);
}
/** A place among members ("Tràng Định và Bình Gia"): "và" before a capital starts the next one. */
const PLACE_MEMBER: WordRules = { crossComma: () => false, endsAtAnd: (rest) => /^\p{Lu}/u.test(rest) };

/** Consumes words up to a verb, a clause mark, or a separator that opens another agency. */
function readWords(text: string, rules: WordRules): { text: string; end: number } | null {
  let pos = 0;
  let end = 0;
  while (pos < text.length) {
    const rest = text.slice(pos);
    const space = /^\s*/.exec(rest)?.[0].length ?? 0;
    const word = rest.slice(space);
    if (word === "" || /^[;.:()“”"]/.test(word)) break;
    // "Sở Giao thông - Vận tải - Cơ quan Thường trực Ban An toàn giao thông": the role after the dash is not the name
    if (pos > 0 && APPOSITION.test(word)) break;
    // "các tổ chức, cá nhân": after a bare "các" the next word is the group's noun, never a verb
    // "các đơn vị, bộ phận tham mưu chủ động …": "tham mưu" after a unit, before the verb, names the unit
    const advisory = /^tham mưu\s+/u.exec(word);
    if (advisory && /(?:bộ phận|cơ quan|đơn vị)$/u.test(text.slice(0, end).trim()) && startsStopWord(word.slice(advisory[0].length))) {
      pos += space + "tham mưu".length;
      end = pos;
      continue;
    }
    if (pos > 0 && startsStopWord(word) && !/^các$/iu.test(text.slice(0, end).trim())) {
      // "các hộ gia đình trên địa bàn Thành phố", "các doanh nghiệp trong khu công nghiệp": where a group is, is part of it
      const where = /^các\s/iu.test(text) ? NAME_PLACE.exec(word) : null;
      if (!where) break;
      pos += space + where[0].length;
      end = pos;
      continue;
    }
    const current = text.slice(0, end);
    if (word.startsWith(",")) {
      const after = word.replace(/^,\s*/, "");
      if (!commaInName(current, after) && !acronyms(current, after) && !rules.crossComma(after, current)) break;
      pos += space + (word.length - after.length);
      continue;
    }
    // "Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one joint office
    const jointOffice = /Văn phòng (?:Đoàn ĐBQH|HĐND|Hội đồng nhân dân)$/u.test(current.trim());
    if (pos > 0 && /^và\s/u.test(word) && !jointOffice && rules.endsAtAnd(word.slice(3).trimStart(), current)) break;
    // "các bộ, cơ quan liên quan cân đối …": "liên quan" closes a collective; what follows is the task
    if (/^các\s/iu.test(current) && /(?<![\p{L}])liên quan$/u.test(current) && !/^và\s/u.test(word)) break;
    // an abbreviation glued to what it abbreviates ("UBND TP.HCM", "TX.Đồng Xoài") is one word
    const token = /^(?:\p{Lu}{1,4}\.(?=\p{Lu}))?[^\s,;.:()]+/u.exec(word)?.[0] ?? word.charAt(0);
    // a verb glued to the name by a lost space ("Sở Tài chínhchủ trì, phối hợp …"): the name ends inside the word
    const glued = pos > 0 ? gluedVerbAt(token, word) : 0;
    if (glued > 0) {
      end = pos + space + glued;
      break;
    }
    pos += space + token.length;
    end = pos;
  }
  const out = text.slice(0, end).trim();
  return out ? { text: out, end } : null;
}
