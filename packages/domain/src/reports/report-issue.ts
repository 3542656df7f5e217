import { z } from "zod";
import type { IsoDate } from "../calendar/iso-date";
import { isoDateSchema } from "../calendar/iso-date-schema";

/**
 * Issuing a consolidated report (phát hành): its number, its date and its signer, a leader of
 * Sở Công Thương named in the registry. The issued report is the output document of its own duty
 * (000: "Định kỳ hằng tháng (trước ngày 20 hằng tháng), tổng hợp, báo cáo UBND tỉnh"), so issuing
 * it completes that occurrence.
 */
export const reportIssueInput = z
  .object({
    /** the register number the clerk gives it: 5 → "05/BC-SCT" */
    number: z
      .number({ error: "Số báo cáo phải là số, ví dụ 125." })
      .int("Số báo cáo phải là số nguyên, ví dụ 125.")
      .min(1, "Số báo cáo phải từ 1 trở lên.")
      .max(99_999, "Số báo cáo tối đa 99999."),
    issuedOn: isoDateSchema,
    /** a person of Sở Công Thương in the registry */
    signerId: z.string().trim().min(1).max(120).optional(),
    /** or a leader not yet in the registry: recorded there with the report as source */
    signer: z
      .object({
        name: z.string().trim().min(3, "Cần ghi họ tên người ký.").max(80, "Họ tên người ký quá dài."),
        title: z.string().trim().min(3, "Cần ghi chức vụ người ký.").max(120, "Chức vụ quá dài."),
      })
      .optional(),
  })
  .refine((v) => (v.signerId ? 1 : 0) + (v.signer ? 1 : 0) === 1, {
    message: "Cần chọn người ký trong danh mục (signerId) hoặc ghi họ tên và chức vụ người ký (signer).",
    path: ["signerId"],
  });
export type ReportIssueInput = z.infer<typeof reportIssueInput>;

/** "Số: 05/BC-SCT": numbers under 10 take a leading zero (Nghị định 30/2020, Phụ lục I). */
export const reportNumberLine = (n: number | null, symbol = "BC-SCT") =>
  n === null ? `Số:        /${symbol}` : `Số: ${String(n).padStart(2, "0")}/${symbol}`;

/**
 * The authority lines of the signature block for a signer's title (Nghị định 30/2020, điều 13):
 * the director signs as "GIÁM ĐỐC"; a deputy "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC". Null when the title
 * is neither: such a person may not sign the department's report.
 */
export function signatureAuthority(title: string | null): string[] | null {
  const t = (title ?? "").normalize("NFC").trim().toLocaleLowerCase("vi");
  if (/^phó giám đốc\b/u.test(t)) return ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"];
  if (/^giám đốc\b/u.test(t)) return ["GIÁM ĐỐC"];
  return null;
}

/** Why an issue date is refused, or null: not after today, not before the data it reports on. */
export function issueDateProblem(issuedOn: IsoDate, today: IsoDate, dataTo: IsoDate): string | null {
  if (issuedOn > today) return "Ngày phát hành không được sau ngày hôm nay.";
  if (issuedOn < dataTo) return `Ngày phát hành không được trước ngày cuối của số liệu báo cáo (${dataTo.split("-").reverse().join("/")}).`;
  return null;
}

/** The signer printed on a report: from the registry, never blank. */
export interface ReportSigner {
  id: string;
  name: string;
  title: string;
  authority: string[];
}

/** The issue of a report, as printed on it. */
export interface ReportIssue {
  number: number;
  issuedOn: IsoDate;
  signer: ReportSigner;
}
