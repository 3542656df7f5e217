import { type AgencyItem, appositionLength, type ListContext, readAgencyList } from "./agency-list";

/**
 * Assignment forms of Vietnamese conclusion notices:
 *   "Giao X …", "Giao X chủ trì, phối hợp với Y …", "Yêu cầu Chủ đầu tư …", "Nhà đầu tư …",
 *   "X, Z theo chức năng, nhiệm vụ được giao …", "Đối với …, yêu cầu X …", "Đối với …: X …",
 *   "Định kỳ hằng năm, X … trước ngày 30/11".
 * Returns the leads, the coordinators and the predicate (what is asked), or null when the
 * paragraph assigns nothing (an assessment, a list heading, a participant list).
 */

export interface Assignment {
  lead: AgencyItem[];
  coordinators: AgencyItem[];
  /** The text after the leads. */
  afterLead: string;
  /** The text after the leads and the coordinators: what is asked. */
  predicate: string;
}

/** Words before the leads: the verbs of assigning, and "Riêng" ("Riêng các bộ Công an, Quốc phòng báo cáo …"). */
const KEYWORD = /^(?:giao(?:\s*cho)?|yêu cầu|đề nghị|chỉ đạo|phân công|lưu ý|riêng)\s+/iu;
/** "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau: Giao …": the names are the speaker's; the assignment follows the colon. */
const SPEAKS =
  /^\s*(?:đã\s+)?(?:có\s+ý\s+kiến(?:\s+chỉ\s+đạo)?|kết\s+luận|chỉ\s+đạo|thống\s+nhất)(?:\s+(?:như\s+sau|cụ\s+thể(?:\s+như\s+sau)?))?\s*:\s*(?=\S)/iu;
/** "Đối với …, yêu cầu X …", "Đối với …: X …", "Về hoàn thiện thể chế: Bộ Xây dựng chủ trì …". */
const TOPIC_PREFIX = /^(?:Đối với\s[^:;]{0,200}?[:,]|Về\s[^:;.]{0,200}?:)\s*/u;
const ADVERBIAL_PREFIX =
  /^(?:Định kỳ[^,;:]{0,80}|H[ằà]ng (?:năm|tháng|quý|tuần)|Căn cứ[^,;:]{0,300}|Trên cơ sở[^,;:]{0,200}|Đồng thời|Ngoài ra|Theo đó|Sau khi[^,;:]{0,150}|Để[^,;:]{0,150}|Nhằm[^,;:]{0,150}|Về[^,;:]{0,150}|(?:Trong )?[Tt]hời gian tới),\s*/u;

/** The sentence without its lead-in ("Sau khi kiểm tra, …", "Đối với …: …"): where its leads would begin. */
export function withoutLeadIn(text: string): string {
  const prefix = TOPIC_PREFIX.exec(text) ?? ADVERBIAL_PREFIX.exec(text);
  return prefix ? text.slice(prefix[0].length) : text;
}
const BY_FUNCTION = /^\s*,?\s*theo\s+chức\s+năng,?\s*nhiệm\s+vụ(?:\s+được\s+giao)?\s*,?\s*/iu;
/** Facts, not duties: "đã …", "được …", and news of a past act ("Bộ X vừa ban hành Công văn …"). */
const NOT_AN_ASSIGNMENT =
  /^\s*(?:(?:đã|chưa|được|là|không|vẫn|còn|cơ bản|(?:vừa|mới)\s+(?:ban hành|có|gửi|ký|tổ chức|nhận))(?![\p{L}])|[-–:(])/iu;
/** "Các Bộ: Công an, Tư pháp, Tài chính;" — the colon expands a collective into names (a recipients list), nothing is asked. */
const NAMES_AFTER_COLON =
  /^\s*:\s*\p{Lu}[\p{L}&.-]*(?:\s+[\p{L}&.-]+){0,5}(?:\s*(?:,|\svà\s)\s*\p{Lu}[\p{L}&.-]*(?:\s+[\p{L}&.-]+){0,5})*\s*[;.]?\s*$/u;
/** "X được giao (nhiệm vụ) …", "X được phân công …" (not "X đã được giao …", a fact). */
const PASSIVE =
  /^\s*,?\s*được\s+(?:giao|phân\s+công)(?:\s+(?:nhiệm\s+vụ|trách\s+nhiệm))?\s+(?!(?:tại|theo|từ|năm|ngày)(?![\p{L}]))(?=\p{L})/iu;
/** "Nhiệm vụ … được giao cho X chủ trì …": the passive names the lead after "cho". */
const GIVEN_TO = /(?<![\p{L}])(?<!đã\s)được\s+(?:giao|phân\s+công)\s+cho\s+/giu;
/**
 * "Ý kiến góp ý của các cơ quan, địa phương gửi về Văn phòng UBND tỉnh trước ngày …": a product of X
 * to be sent makes X the lead.
 */
const OWNED_PRODUCT =
  /^(?:Báo cáo|Ý kiến|Văn bản|Hồ sơ|Danh sách|Kế hoạch|Đề xuất|Kết quả|Số liệu|Dự thảo)(?![\p{L}])[^.;]{0,150}?\scủa\s+/u;
const SENT = /^\s*(?:(?:đề nghị|phải|cần|yêu cầu)\s+)?(?:gửi|nộp|gởi)\s+(?:về|đến|cho|tới)(?![\p{L}])/iu;

const COORDINATION =
  /^\s*(?:(?:có|chịu)\s+trách\s+nhiệm\s+)?(?:(?:tiếp tục|khẩn trương)\s+)?(?:chủ trì\s*,?\s*)?phối hợp(?:\s*,\s*hỗ trợ)?(?:\s+với)?\s+/iu;
const GENERIC_RELATED = /^các\s[^;]*?(?:có\s+)?liên\s+quan$/iu;

/**
 * A verb of assigning inside a sentence, after its assigner: "Chủ tịch UBND tỉnh yêu cầu X …", "Thủ tướng giao X …".
 * Not "chỉ đạo" (inside a task it is the lead instructing others) nor "đề nghị của X" (a request of X).
 */
const EMBEDDED =
  /(?<![\p{L}])(?<!(?:đã|được|theo|như|đề nghị|yêu cầu|nhiệm vụ|ý kiến)\s)(?:giao|yêu cầu|đề nghị|phân công|lưu ý)\s+(?!thông|dịch|ban|nhận|lưu|liên|của)/giu;
/**
 * What an assigner is followed by before its verb: "Bộ Xây dựng đề nghị …". Not "chỉ đạo": "UBND
 * huyện chỉ đạo Phòng Lao động … rà soát" leaves the committee responsible for directing its office.
 */
const ASSIGNING_VERB = /^\s*(?:(?:cũng|đã)\s+)?(?:giao|yêu cầu|đề nghị|phân công|lưu ý)\s+/iu;
/** What a speaker does at a meeting: it names the speaker, who assigns nothing to himself. */
const SPEECH = /^\s*(?:đánh giá cao|biểu dương|ghi nhận|nhấn mạnh|phát biểu|chỉ ra|đề cập|cảm ơn|chúc mừng|hoan nghênh)(?![\p{L}])/iu;
/** "Văn phòng UBND tỉnh: Phối hợp với …" — the name is the heading of what follows the colon. */
const NAMED_HEADING = /^\s*:\s*(?=\S)/u;

/** An invitation's preparation duty: "Đơn vị báo cáo: Sở KH&ĐT", "Cơ quan chuẩn bị nội dung: …". */
const PREPARES = /^(?:Đơn vị|Cơ quan)\s+(?:báo cáo|chuẩn bị(?:\s+nội dung|\s+báo cáo)?)\s*:\s*/iu;

export function readAssignment(paragraph: string, ctx: ListContext): Assignment | null {
  const text = paragraph.slice(0, 1500);
  const prepares = PREPARES.exec(text);
  if (prepares) {
    const list = readAgencyList(text.slice(prepares[0].length), ctx);
    const duty = prepares[0].replace(/^(?:Đơn vị|Cơ quan)\s+|\s*:\s*$/giu, "");
    if (list) return { lead: list.items, coordinators: [], afterLead: duty, predicate: duty };
  }
  const direct = readFrom(text, ctx);
  if (direct) return direct;
  const prefix = TOPIC_PREFIX.exec(text) ?? ADVERBIAL_PREFIX.exec(text);
  const prefixed = prefix ? readFrom(text.slice(prefix[0].length), ctx) : null;
  return prefixed ?? readEmbedded(text, ctx) ?? readGivenTo(text, ctx) ?? readOwnedProduct(text, ctx);
}

/** "Nhiệm vụ xây dựng bộ tiêu chí được giao cho Sở X chủ trì, hoàn thành trước …". */
function readGivenTo(text: string, ctx: ListContext): Assignment | null {
  const sentence = text.split(/(?<=[.;])\s+(?=\p{Lu})/u)[0] ?? text;
  for (const m of sentence.matchAll(GIVEN_TO)) {
    const found = readFrom(text.slice((m.index ?? 0) + m[0].length), ctx, true);
    if (found) return found;
  }
  return null;
}

/** Whether a sentence opens with a product of someone ("Báo cáo của …", "Ý kiến góp ý của …"). */
export function opensWithProduct(text: string): boolean {
  return OWNED_PRODUCT.test(text);
}

function readOwnedProduct(text: string, ctx: ListContext): Assignment | null {
  const owned = OWNED_PRODUCT.exec(text);
  if (!owned) return null;
  const body = text.slice(owned[0].length);
  const list = readAgencyList(body, ctx);
  if (!list) return null;
  const rest = body.slice(list.end);
  if (!SENT.test(rest)) return null;
  return { lead: list.items, coordinators: [], afterLead: rest.trim(), predicate: `${owned[0]}${rest}`.trim() };
}

/** The first "… giao/yêu cầu/đề nghị X …" of the first sentence whose X is a list of names. */
function readEmbedded(text: string, ctx: ListContext): Assignment | null {
  const sentence = text.split(/(?<=[.;])\s+(?=\p{Lu})/u)[0] ?? text;
  for (const m of sentence.matchAll(EMBEDDED)) {
    if ((m.index ?? 0) === 0) continue;
    const found = readFrom(text.slice((m.index ?? 0) + m[0].length), ctx, true);
    if (found) return found;
  }
  return null;
}

function readFrom(text: string, ctx: ListContext, afterVerb = false): Assignment | null {
  const keyword = afterVerb ? null : KEYWORD.exec(text);
  const body = keyword ? text.slice(keyword[0].length) : text;
  const leads = readAgencyList(body, ctx);
  if (!leads) return null;
  let rest = body.slice(leads.end);
  rest = rest.slice(appositionLength(rest));
  // the names were the assigner's: the leads follow the verb
  const verb = ASSIGNING_VERB.exec(rest);
  if (verb) return afterVerb ? null : readFrom(rest.slice(verb[0].length), ctx, true);
  // "Đồng chí Chủ tịch UBND huyện đánh giá cao …, đồng thời … yêu cầu X …": the speaker is not the lead
  if (!afterVerb && SPEECH.test(rest)) return null;
  const speaks = SPEAKS.exec(rest);
  if (speaks) return readFrom(rest.slice(speaks[0].length), ctx);
  if (/^các\s/iu.test(leads.items[0]?.text ?? "") && NAMES_AFTER_COLON.test(rest)) return null;
  // "Giao các đơn vị: Sở Tài chính, Sở Xây dựng, Công an tỉnh rà soát …": the list after the colon names the leads
  const colon = leads.items.length === 1 && leads.items[0]?.generic ? /^\s*:\s*/u.exec(rest) : null;
  const named = colon ? readAgencyList(rest.slice(colon[0].length), ctx) : null;
  if (colon && named?.items.every((item) => !item.generic)) {
    return readFrom(rest.slice(colon[0].length), ctx, true);
  }
  rest = rest.replace(NAMED_HEADING, " ");
  rest = rest.replace(BY_FUNCTION, " ");
  // "UBND các huyện được giao chủ trì lập kế hoạch …", "Sở X được phân công …": the passive assigns too
  rest = rest.replace(PASSIVE, " ");
  // a list of names with nothing asked of them ("…; Chủ tịch UBND xã A, xã B.") assigns nothing
  if (!/\p{L}/u.test(rest) || NOT_AN_ASSIGNMENT.test(rest)) return null;
  const afterLead = rest.trim();
  const { coordinators, predicate } = readCoordination(rest, ctx);
  return { lead: leads.items, coordinators, afterLead, predicate };
}

/**
 * What follows the leads: "chủ trì, phối hợp với Y, Z rà soát …" → coordinators Y, Z and the
 * predicate "rà soát …". Also for a line whose lead comes from its heading ("a) Chủ trì, phối hợp với …").
 */
export function readCoordination(rest: string, ctx: ListContext): { coordinators: AgencyItem[]; predicate: string } {
  const coordination = COORDINATION.exec(rest);
  if (coordination) {
    const list = readAgencyList(rest.slice(coordination[0].length), ctx);
    if (list) return { coordinators: dropGenericTail(list.items), predicate: rest.slice(coordination[0].length + list.end).trim() };
  }
  return { coordinators: [], predicate: rest.trim() };
}

/**
 * "phối hợp với Bộ Nội vụ, Bộ Tư pháp và các bộ, cơ quan liên quan", "phối hợp các cơ quan liên quan và
 * UBND tỉnh Bình Định": a collective "các … (có) liên quan" joined by "và" to named bodies names nobody
 * in particular beside them, and is left out (listed with commas, "Ban X, các cơ quan liên quan", it stays).
 */
function dropGenericTail(items: AgencyItem[]): AgencyItem[] {
  const joinedByAnd = (i: number) => items[i]?.joiner === "và" || items[i + 1]?.joiner === "và";
  const kept = items.filter((item, i) => !(GENERIC_RELATED.test(item.text) && joinedByAnd(i)));
  return kept.length > 0 ? kept : items;
}
