/**
 * Plans often write a task's lead, coordinators and deadline as labelled fields rather than as a
 * sentence or a table row:
 *   "- Rà soát quy hoạch các cụm công nghiệp (Sở Công Thương chủ trì, phối hợp với Sở Xây dựng; hoàn thành trong Quý I/2026)."
 *   "- Cơ quan chủ trì: Sở Công Thương. - Cơ quan phối hợp: Sở Xây dựng. - Thời gian hoàn thành: Quý I/2026."
 * Returns the fields found and the task's own words (before the fields), or null when there are none.
 */

export interface LabelledFields {
  /** The words of the task before its fields ("Rà soát quy hoạch các cụm công nghiệp"); "" when the line holds only fields. */
  task: string;
  lead: string | null;
  coordinators: string | null;
  deadline: string | null;
}

const LEAD =
  /(?<![\p{L}])(?:Cơ\s+quan|Đơn\s+vị|Bộ\s+phận)\s+(?:chủ\s+trì|thực\s+hiện|chịu\s+trách\s+nhiệm|đầu\s+mối)\s*:\s*([^;\n]+?)\s*(?=[;]|\.\s|\.$|\s[-–]\s|$)/iu;
const COORDINATORS = /(?<![\p{L}])(?:Cơ\s+quan|Đơn\s+vị)\s+phối\s+hợp\s*:\s*([^;\n]+?)\s*(?=[;]|\.\s|\.$|\s[-–]\s|$)/iu;
const DEADLINE =
  /(?<![\p{L}])(?:Thời\s+gian(?:\s+(?:hoàn\s+thành|thực\s+hiện|hoàn\s+tất))?|Thời\s+hạn(?:\s+hoàn\s+thành)?|Tiến\s+độ)\s*:\s*([^;\n]+?)\s*(?=[;]|\.\s|\.$|\s[-–]\s|$)/iu;
/** "(Sở Công Thương chủ trì, phối hợp với Sở Xây dựng; Quý I/2026)" at the end of a task. */
const PARENTHESIS =
  /\(\s*(?:do\s+)?([^();]+?)\s+chủ\s+trì(?:\s*,\s*phối\s+hợp(?:\s+với)?\s+([^();]+?))?\s*(?:;\s*([^()]+?))?\s*\)\s*[.;]?\s*$/iu;

export function labelledFields(text: string): LabelledFields | null {
  const paren = PARENTHESIS.exec(text);
  if (paren?.[1]) {
    return {
      task: text.slice(0, paren.index).trim(),
      lead: paren[1].trim(),
      coordinators: paren[2]?.trim() ?? null,
      deadline: paren[3]?.replace(/^(?:thời\s+gian(?:\s+hoàn\s+thành)?|thời\s+hạn)\s*:\s*/iu, "").trim() ?? null,
    };
  }
  const lead = LEAD.exec(text);
  const coordinators = COORDINATORS.exec(text);
  if (!lead && !coordinators) return null;
  const first = Math.min(...[lead, coordinators].flatMap((m) => (m ? [m.index] : [])));
  const deadline = DEADLINE.exec(text);
  return {
    task: text
      .slice(0, first)
      .replace(/[\s.;:,–-]+$/u, "")
      .trim(),
    lead: lead?.[1]?.trim() ?? null,
    coordinators: coordinators?.[1]?.trim() ?? null,
    deadline: deadline?.[1]?.trim() ?? null,
  };
}
