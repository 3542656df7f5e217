import type { DeadlineRule } from "../deadlines/deadline-rule";
import { foldVi } from "../shared/vi-text";
import type { AgencyItem, ListContext } from "./agency-list";
import { startsAgency } from "./agency-list";
import { opensWithProduct, readAssignment, readCoordination, withoutLeadIn } from "./assignments";
import { findDeadlinePhrases, type PhraseOptions } from "./deadline-phrases";
import { type LabelledFields, labelledFields } from "./labelled-fields";
import { type Intro, introAfter, leadOfHeading, leadOfSections } from "./lead-headings";
import { isAttendance, isConvening } from "./meetings";
import { type NameIndex, resolveName } from "./resolve-names";
import { type Block, headingsOf } from "./sections";
import { subjectOf, zoneOfHeadings } from "./subjects";
import { deadlineOfCell, namesOf, TableReader, type TableTask } from "./table-tasks";
import { readTaskDeadline } from "./task-deadline";
import { deadlineLine, detailedTask, inlineItems } from "./task-parts";
import type { ProposedMeeting, ProposedTask } from "./types";

/**
 * Blocks → tasks. A block is a task when it assigns work to someone ("Giao X …", "X chủ trì …",
 * "Yêu cầu Chủ đầu tư …") outside the parts that only describe (participants, results, problems)
 * and is not a closing formula ("Văn phòng UBND tỉnh thông báo ý kiến chỉ đạo …").
 */

export interface TaskContext {
  index: NameIndex;
  meetings: ProposedMeeting[];
  year?: number;
  /** The document's date, for days and months written without a year. */
  issuedOn?: string;
  /** A letter's addressee ("Kính gửi: Bộ Lao động - Thương binh và Xã hội"), whom "quý Bộ" names. */
  addressee?: string;
  /** The document is an invitation (giấy mời): its convening sentence is not a task. */
  invitation?: boolean;
}

function listContext(ctx: TaskContext, block: Block | null): ListContext {
  return {
    index: ctx.index,
    sectionZone: block ? zoneOfHeadings(headingsOf(block), ctx.index) : null,
    ...(ctx.addressee ? { addressee: ctx.addressee } : {}),
  };
}

/** Parts and sections that describe rather than assign. */
const DESCRIPTIVE =
  /^(?:thanh phan|thoi gian|dia diem|danh gia|ket qua|mot so ton tai|ton tai|han che|muc dich|yeu cau$|hien trang|can cu|noi dung$)/;
const CLOSING = [
  /tiep thu (?:cac )?y kien .*tai cuoc hop/,
  // the notice's own sentence ("Văn phòng UBND tỉnh thông báo ý kiến chỉ đạo …"), not a cited title ("… về thông báo Kết luận …")
  /^(?:[^,;]{0,80}\s)?(?<!ve )thong bao (?:y kien chi dao|ket luan)/,
  /thay (?:cho )?giay moi/,
  // the closing article of a decision: "… chịu (có) trách nhiệm thi hành Quyết định này", "… căn cứ Quyết định thi hành"
  /(?:chiu|co) trach nhiem thi hanh/,
  /thi hanh (?:quyet dinh|nghi quyet|chi thi) nay/,
  /can cu quyet dinh (?:nay )?(?:de )?thi hanh/,
  /co hieu luc (?:thi hanh )?(?:ke tu|tu ngay)/,
  // "Văn phòng Chính phủ xin thông báo để …", "… truyền đạt ý kiến nêu trên đến các đơn vị biết, thực hiện"
  /xin thong bao/,
  /truyen dat y kien/,
  /biet,? (?:va )?(?:thuc hien|trien khai)/,
  // "UBND tỉnh thông báo để công dân biết."
  /thong bao (?:de|cho) [^.;]{0,60}biet/,
  // "Văn phòng UBND tỉnh thông báo để Sở X, các cơ quan liên quan thực hiện./." (the notice's sender, not an assignment)
  /^(?![^,;]*(?:giao|yeu cau|de nghi|phan cong) )[^,;]{0,60}? thong bao (?:de|cho|den) [^.;]{0,120}(?:thuc hien|trien khai)\W*$/,
  /chi dao cac co quan (?:co )?lien quan to chuc thuc hien/,
  // a citizen's petition quoted before the answer: "Trả lời đề nghị của ông …: Đề nghị UBND tỉnh sớm …"
  /^tra loi (?:de nghi|kien nghi|don|y kien|phan anh)/,
  // the closing paragraph of a plan or report: "Trên đây là Kế hoạch …"
  /^tren day la /,
  // conditional advice: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, …"
  /^(?:trong qua trinh (?:to chuc )?(?:thuc hien|trien khai)\s*,?\s*)?neu co (?:kho khan|vuong mac|phat sinh)/,
];

export function readTasks(blocks: Block[], documentCtx: TaskContext): ProposedTask[] {
  const tasks: ProposedTask[] = [];
  let lastDated: DeadlineRule | null = null;
  // a meeting notice's preparation tasks are due when its first meeting starts
  const meetingStart = documentCtx.meetings.flatMap((m) => (m.time && m.date ? [m.date] : [])).sort()[0] ?? null;
  const ctx: ReadContext = { ...documentCtx, meetingDate: meetingStart };
  let intro: Intro | null = null;
  let guests = false;
  /**
   * Tasks since the last heading or deadline line, with the depth of their block: a deadline line
   * dates the undated ones; a numbered item closes the tasks of its earlier siblings and their parts.
   */
  let step: { task: ProposedTask; depth: number }[] = [];
  /** The task the bullets under its "Cụ thể:" detail. */
  let detailed: ProposedTask | null = null;
  const options = phraseOptions(ctx);
  /** The block before, and the one task it gave: labelled fields on the next line ("Cơ quan chủ trì: …") complete it. */
  let previous: Previous = null;
  const table = new TableReader(listContext(ctx, null), options);
  const push = (task: { value: ProposedTask; backReference: boolean }) => {
    if (task.backReference) {
      const atMeeting: DeadlineRule | null = meetingStart ? { kind: "date", value: meetingStart } : null;
      const earlier = lastDated ?? atMeeting;
      if (earlier) task.value.deadline = stripInferred(earlier);
    } else if (task.value.deadline.kind === "none" && meetingStart) {
      task.value.deadline = { kind: "date", value: meetingStart, inferred: "meeting start" };
    }
    if (isDated(task.value.deadline)) lastDated = task.value.deadline;
    tasks.push(task.value);
    step.push({ task: task.value, depth: current?.depth ?? 0 });
  };
  let current: Block | null = null;
  for (const whole of blocks) {
    const listCtx = listContext(ctx, whole);
    current = whole;
    if (whole.kind === "heading") step = [];
    // a numbered item that names its own lead (or introduces one) starts another unit: the tasks of
    // its earlier siblings are not dated by a deadline line under it; items of one step ("a) …", "b) …")
    // without a lead of their own stay in the step, whose "Thời gian hoàn tất" line dates them all
    else if (whole.kind === "item" && (/:\s*$/u.test(whole.text) || readAssignment(whole.text, listCtx)))
      step = step.filter((entry) => entry.depth < (whole.depth ?? 0));
    intro = introAfter(whole, intro, listCtx);
    const row = table.read(whole.kind === "cell" ? whole.text : null);
    if (row) push({ value: fromRow(row, whole, ctx), backReference: false });
    // the bullets under "… Cụ thể:" detail the task; a short line between them (a caption, a note) does not end them
    const detailLine = whole.kind === "bullet" || (whole.kind === "plain" && whole.text.length < 120);
    if (detailed && detailLine && !readAssignment(whole.text, listCtx)) {
      const detailDeadline = deadlineOf(whole.text, options);
      if (detailed.deadline.kind === "none" && isDated(detailDeadline.deadline)) Object.assign(detailed, detailDeadline);
      continue;
    }
    detailed = null;
    const dateLine = whole.kind === "cell" ? null : deadlineLine(whole.text, options);
    if (dateLine) {
      // the line dates what has no written deadline (none, or a standing duty read from its verbs)
      for (const { task } of step.filter(
        ({ task: t }) => t.deadlineText === null && (t.deadline.kind === "none" || t.deadline.kind === "continuous"),
      ))
        Object.assign(task, { deadline: dateLine.rule, deadlineText: dateLine.text });
      step = [];
      continue;
    }
    const before = tasks.length;
    const prior = previous as Previous;
    previous = null;
    // the lines after "Thành phần mời dự:" list guests, until a line that is not a bullet
    if (isAttendance(whole.text)) guests = true;
    else if (whole.kind !== "bullet") guests = false;
    if (guests || isConvening(whole.text) || (ctx.invitation && convenes(whole.text))) continue;
    const fields = fieldsOf(whole, listCtx);
    if (fields) {
      // a line of fields completes the line before it, unless that line named its own lead
      const owner: Previous = fields.task === "" && prior && !readAssignment(prior.block.text, listCtx) ? prior : null;
      if (fields.lead && (fields.task !== "" || owner)) {
        const row = rowOfFields(fields, fields.task || (owner?.block.text ?? ""), whole.text, listCtx, options);
        const task = fromRow(row, whole, ctx);
        if (owner?.task) Object.assign(owner.task, task);
        else push({ value: task, backReference: false });
        previous = { block: whole, task: owner?.task ?? task };
        continue;
      }
      const last = fields.task === "" ? prior?.task : undefined;
      if (fields.coordinators && last) {
        setCoordinators(last, fields.coordinators, listCtx);
        continue;
      }
    }
    const detail = detailedTask(whole.text);
    const inline = inlineItems(whole.text);
    if (inline && !isDescriptive(whole) && !isClosing(whole.text)) {
      const lead = readAssignment(inline.intro, listCtx)?.lead ?? intro?.lead ?? null;
      for (const item of inline.items) {
        const task = readTask({ ...whole, text: item }, ctx, lead);
        if (task) push(task);
      }
      continue;
    }
    if (detail === null && !mayAssign(whole)) continue;
    if (detail !== null && isDescriptive(whole)) continue;
    // a closing formula ("… xin thông báo để các cơ quan biết, thực hiện") is judged sentence by sentence
    let lastLead: AgencyItem[] | null = null;
    for (const block of segments(detail === null ? whole : { ...whole, text: detail }, ctx)) {
      if (isClosing(block.text)) continue;
      // a second duty of another nature after a semicolon keeps the lead of the duty before it
      const carried = block.carriesLead ? lastLead : null;
      const task = readTask(block, ctx, carried ?? intro?.lead ?? null);
      if (!task) continue;
      lastLead = task.lead;
      push(task);
      if (detail !== null) detailed = task.value;
    }
    const own = tasks.length === before + 1 ? tasks[before] : undefined;
    // "… báo cáo UBND tỉnh (cơ quan phối hợp: Sở Tài chính)."
    if (own && fields?.coordinators) setCoordinators(own, fields.coordinators, listCtx);
    if (whole.kind !== "heading" && whole.kind !== "cell") previous = { block: whole, task: own };
  }
  return tasks;
}

/**
 * An invitation's own act of convening: "Ủy ban nhân dân tỉnh tổ chức họp nghe báo cáo …" (its date and
 * hour in the lines after it), not a task — unless the sentence assigns ("Giao Sở X tổ chức hội nghị …").
 */
function convenes(text: string): boolean {
  const sentence = text.split(/\.(?:\s|$)/u)[0] ?? text;
  return (
    /^[^,;:]{0,80}?\s(?:tổ chức|triệu tập)\s+(?:cuộc\s+|buổi\s+|phiên\s+)?(?:họp|hội\s+nghị|làm\s+việc)/iu.test(sentence) &&
    !ASSIGNING.test(sentence)
  );
}

/** A cheap test before reading a sentence: it names a verb of assigning. */
const ASSIGNING = /(?<![\p{L}])(?:giao(?:cho)?|yêu cầu|đề nghị|chỉ đạo|phân công|lưu ý)(?![\p{L}])/iu;

/**
 * A paragraph may hold several tasks: "Giao A … trước ngày 23/5. Giao B … trước ngày 24/5." Each
 * sentence that assigns opens a task; the sentences after it, until the next one, belong to it.
 */
function segments(block: Block, ctx: ReadContext): Segment[] {
  const listCtx = listContext(ctx, block);
  const sentences = block.text
    .split(/(?<=\.(?:\/\.)?)\s+(?=\p{Lu})/u)
    .flatMap((sentence): Clause[] => (isClosing(sentence) ? [{ text: sentence, carriesLead: false }] : clauses(sentence, listCtx, ctx)));
  if (sentences.length < 2) return [block];
  const parts: Clause[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const { text } = sentence;
    const opens =
      i > 0 &&
      (sentence.carriesLead ||
        (!/^(?:Nếu|Trường hợp|Trong quá trình)(?![\p{L}])/u.test(text) &&
          (ASSIGNING.test(text) || startsAgency(text, listCtx) || startsAgency(withoutLeadIn(text), listCtx) || opensWithProduct(text)) &&
          readAssignment(text, listCtx) !== null));
    const last = parts[parts.length - 1];
    // a closing formula is a part of its own, so it neither hides nor joins the task before it
    if (i === 0 || opens || isClosing(text) || !last) parts.push(sentence);
    else last.text = `${last.text} ${text}`;
  }
  return parts.map((part) => ({ ...block, text: part.text, carriesLead: part.carriesLead }));
}

interface Clause {
  text: string;
  /** A second duty of the same lead ("…, bàn giao mặt bằng trong tháng 10/2026; chỉ đạo tổ chức thi công …"). */
  carriesLead: boolean;
}
type Segment = Block & { carriesLead?: boolean };

/**
 * "X lập Đề án …; Bộ Kế hoạch và Đầu tư tổng hợp ý kiến …": after a semicolon, a clause that names
 * its own lead and asks something of it is a task of its own, when the clause before it already was
 * one (so "Giao Sở A; Sở B; Sở C báo cáo …", a list of leads, stays whole). A clause whose lead only
 * "phối hợp" helps the task before it. A clause without a lead of its own is a second duty of the same
 * lead when its nature differs: one lasting (continuous) and the other dated.
 */
function clauses(sentence: string, ctx: ListContext, readCtx: ReadContext): Clause[] {
  const parts = sentence.split(/(?<=;)\s+/u);
  if (parts.length < 2) return [{ text: sentence, carriesLead: false }];
  const options = phraseOptions(readCtx);
  const out: Clause[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (!previous) {
      out.push({ text: part, carriesLead: false });
      continue;
    }
    const own = startsAgency(part, ctx) ? readAssignment(part, ctx) : null;
    const helps = own !== null && /^(?:(?:có|chịu)\s+trách\s+nhiệm\s+)?(?:cùng\s+)?phối hợp(?![\p{L}])/iu.test(own.afterLead);
    const opens = own !== null && !helps && readAssignment(previous.text, ctx) !== null;
    if (opens) out.push({ text: part, carriesLead: false });
    else if (own === null && natureDiffers(previous.text, part, options)) out.push({ text: part, carriesLead: true });
    else previous.text = `${previous.text} ${part}`;
  }
  return out;
}

/** One clause is a lasting duty without a time, the other has a written deadline ("…; thời hạn: …" only dates the first). */
function natureDiffers(first: string, second: string, options: PhraseOptions): boolean {
  if (findDeadlinePhrases(second, options)[0]?.index === 0) return false;
  const kinds = [first, second].map((text) => readTaskDeadline(text, withoutLeadIn(text), options));
  const lasting = kinds.map((k) => k.deadline.kind === "continuous" && k.deadlineText === null);
  const dated = kinds.map((k) => isDated(k.deadline));
  return (lasting[0] === true && dated[1] === true) || (dated[0] === true && lasting[1] === true);
}

function isDated(rule: DeadlineRule): boolean {
  return !["none", "asap", "continuous"].includes(rule.kind);
}

/** The deadline of a detail line, for the task it details. */
function deadlineOf(text: string, options: PhraseOptions): Pick<ProposedTask, "deadline" | "deadlineText"> {
  const { deadline, deadlineText } = readTaskDeadline(text, text, options);
  return { deadline, deadlineText };
}

function stripInferred(rule: DeadlineRule): DeadlineRule {
  const { inferred: _inferred, ...rest } = rule;
  return rest as DeadlineRule;
}

/** Headings, table cells, list introductions ("…, cụ thể như sau:") and descriptive parts assign nothing. */
function mayAssign(block: Block): boolean {
  if (block.kind === "heading" || block.kind === "cell" || /:\s*$/u.test(block.text)) return false;
  return !isDescriptive(block);
}

function isDescriptive(block: Block): boolean {
  return headingsOf(block).some((h) => DESCRIPTIVE.test(foldVi(h)));
}

/** Background cited from another text: "Theo Công văn số … thì nguồn kinh phí … mới được tạm ứng 50%". */
const CITED = /^Theo\s[^;]{0,200}?,?\s+thì\s/u;

function isClosing(text: string): boolean {
  const fold = foldVi(text);
  return CLOSING.some((re) => re.test(fold)) || (CITED.test(text) && !ASSIGNING.test(text));
}

function readTask(
  block: Block,
  ctx: ReadContext,
  introLead: AgencyItem[] | null,
): { value: ProposedTask; backReference: boolean; lead: AgencyItem[] } | null {
  const listCtx = listContext(ctx, block);
  // a line that only names agencies ("Sở Tài chính", a byline) hands them on; it is no task itself
  const namesOnly = leadOfHeading(block.text, listCtx) !== null;
  const inherited = block.kind === "heading" || namesOnly ? null : (introLead ?? leadOfSections(block, listCtx));
  // under a lead's heading, "Chỉ đạo các cơ quan chức năng rà soát …" is the heading's lead directing them
  const directs = inherited !== null && /^Chỉ đạo\s/u.test(block.text);
  const assignment =
    (directs ? null : readAssignment(block.text, listCtx)) ??
    (inherited ? { lead: inherited, afterLead: block.text, ...readCoordination(block.text, listCtx) } : null);
  if (!assignment) return null;
  const { lead, coordinators, afterLead, predicate } = assignment;
  const deadline = readTaskDeadline(withoutPurpose(block.text, afterLead), afterLead, phraseOptions(ctx));
  const sections = block.sections.filter((s) => !leadOfHeading(s, listCtx));
  return {
    backReference: deadline.backReference,
    lead,
    value: {
      ...names(lead, coordinators, ctx.index),
      subject: subjectOf(block.part, sections, predicate, ctx.index),
      summary: summarize(predicate),
      deadlineText: deadline.deadlineText,
      deadline: deadline.deadline,
      ...(deadline.milestones.length > 0 ? { milestones: deadline.milestones } : {}),
      sourceQuote: block.text,
    },
  };
}

/**
 * "Để chuẩn bị cho công tác tổng hợp … trong năm 2019, Bộ X đề nghị Y thực hiện báo cáo": the time in
 * a purpose clause before the leads is the purpose's, not the task's deadline; the task's words
 * start at its leads.
 */
function withoutPurpose(text: string, afterLead: string): string {
  const at = text.lastIndexOf(afterLead);
  if (at <= 0 || !/^(?:Theo đó,\s*)?(?:[Đđ]ể|[Nn]hằm)\s/u.test(text)) return text;
  return text.slice(at);
}

/** Labelled fields of a block, when they name the lead of a task that does not name its own. */
function fieldsOf(block: Block, ctx: ListContext): LabelledFields | null {
  if (block.kind === "heading" || block.kind === "cell") return null;
  const fields = labelledFields(block.text);
  if (!fields || (fields.lead !== null && !startsAgency(fields.lead, ctx))) return null;
  return fields.task === "" || !readAssignment(fields.task, ctx) ? fields : null;
}

function setCoordinators(task: ProposedTask, text: string, ctx: ListContext): void {
  const coordinators = namesOf(text, ctx);
  task.coordinators = coordinators.map((item) => item.text);
  task.coordinatorsResolved = coordinators.map((item) => resolveItem(item.text, item, ctx.index));
}

/** Labelled fields ("Cơ quan chủ trì: X; Thời gian: Quý I/2026") read as a table row. */
function rowOfFields(fields: LabelledFields, task: string, quote: string, ctx: ListContext, options: PhraseOptions): TableTask {
  const deadline = fields.deadline ? deadlineOfCell(fields.deadline, options) : readTaskDeadline(task, task, options).deadline;
  return {
    lead: namesOf(fields.lead ?? "", ctx),
    coordinators: fields.coordinators ? namesOf(fields.coordinators, ctx) : [],
    task,
    row: fields.task ? quote : `${task} ${quote}`.trim(),
    deadlineText: fields.deadline,
    deadline,
  };
}

/** A row of a task table: its lead and coordinators cells, its task cell, its deadline cell. */
function fromRow(row: TableTask, block: Block, ctx: ReadContext): ProposedTask {
  return {
    ...names(row.lead, row.coordinators, ctx.index),
    subject: subjectOf(block.part, block.sections, row.task, ctx.index),
    summary: summarize(row.task),
    deadlineText: row.deadlineText,
    deadline: row.deadline,
    sourceQuote: row.row,
  };
}

function names(lead: AgencyItem[], coordinators: AgencyItem[], index: NameIndex) {
  const leadNames = lead.map((item, i) => (i === 0 ? capitalize(item.text) : item.text));
  const coordinatorNames = coordinators.map((item) => item.text);
  return {
    lead: leadNames,
    coordinators: coordinatorNames,
    leadResolved: leadNames.map((name, i) => resolveItem(name, lead[i], index)),
    coordinatorsResolved: coordinatorNames.map((name, i) => resolveItem(name, coordinators[i], index)),
  };
}

type Previous = { block: Block; task: ProposedTask | undefined } | null;

interface ReadContext extends TaskContext {
  meetingDate: string | null;
}

function phraseOptions(ctx: ReadContext): PhraseOptions {
  return {
    ...(ctx.year ? { year: ctx.year } : {}),
    ...(ctx.issuedOn ? { issuedOn: ctx.issuedOn } : {}),
    ...(ctx.meetingDate ? { meetingDate: ctx.meetingDate } : {}),
  };
}

function resolveItem(name: string, item: AgencyItem | undefined, index: NameIndex) {
  if (item?.entry) return { text: name, agencyId: item.entry.id, name: item.entry.name };
  return resolveName(name, index);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first clause of what is asked, as a short summary. */
function summarize(predicate: string): string {
  const clause = (predicate.split(/[;.](?:\s|$)/u)[0] ?? predicate).trim();
  const short = clause.length > 200 ? `${clause.slice(0, 200).replace(/\s+\S*$/u, "")}…` : clause;
  return capitalize(short);
}
