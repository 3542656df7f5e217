import { formatDecree30Date } from "@dondoc/domain";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

/**
 * The building blocks of an administrative document in the layout of Nghị định 30/2020/NĐ-CP
 * (LEGAL-NOTES §3): A4, margins 20/20/30/15 mm, Times New Roman, the issuing agency and national
 * motto header, "Số: …", place and date, title, "Nơi nhận", signature block, page numbers from page 2.
 */
export const FONT = "Times New Roman";
const mm = (v: number) => Math.round((v / 25.4) * 1440);
export const PAGE = { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } };
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

export const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: (o.size ?? 13) * 2, bold: o.bold, italics: o.italics, underline: o.underline ? {} : undefined });

export const para = (
  children: TextRun[],
  o: {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: boolean;
    after?: number;
    before?: number;
    /** a heading or caption: kept on the page of what follows it */
    keepNext?: boolean;
  } = {},
) =>
  new Paragraph({
    children,
    keepNext: o.keepNext,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    indent: o.indent ? { firstLine: mm(12.7) } : undefined,
    spacing: { after: o.after ?? 120, before: o.before ?? 0, line: 300 },
  });

/** What a report prints of its issue: a draft has no number yet, and its signer may be unknown. */
export interface PrintedIssue {
  number: number | null;
  issuedOn: string;
  signer: { authority: string[]; name: string } | null;
}

export interface Heading30 {
  parent: string; // "UBND TỈNH LẠNG SƠN"
  issuer: string; // "SỞ CÔNG THƯƠNG"
  numberLine: string; // "Số:      /BC-SCT"
  place: string; // "Lạng Sơn"
  date: string; // "2026-11-30"
}

const TEXT_MM = 210 - 30 - 15;
const CELL_MARGINS_MM = 3.8;
/**
 * The printed width of a line of Times New Roman bold text, roughly: 0,45 em a character, 0,66 em for
 * capitals (measured on the PDF LibreOffice prints: "Độc lập - Tự do - Hạnh phúc" at 14 pt is 171 pt
 * wide, "SỞ CÔNG THƯƠNG" at 13 pt 121 pt).
 */
const textWidthMm = (text: string, sizePt: number, capitals = false) => text.length * sizePt * (capitals ? 0.66 : 0.45) * (25.4 / 72);

/**
 * A solid rule centred in a column `columnMm` wide and `widthMm` long (a paragraph with a bottom
 * border and the indents that leave that length): under the motto as wide as the motto, under the
 * issuer and the trích yếu a third to a half of their line (Nghị định 30/2020, Phụ lục I).
 */
export function rule(widthMm: number, columnMm: number, after = 60, inCell = false): Paragraph {
  // a table cell's text is narrower than the cell by its margins (0,19 cm each side by default)
  const side = mm(Math.max(0, (columnMm - (inCell ? CELL_MARGINS_MM : 0) - widthMm) / 2));
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    spacing: { after, before: 0, line: 120 },
  });
}

/** The title block: "BÁO CÁO", the trích yếu on one or two lines, and the rule under it. */
export function title30(kind: string, summary: string): Paragraph[] {
  return [
    para([run(kind, { bold: true, size: 14 })], { align: AlignmentType.CENTER, before: 360, after: 0 }),
    para([run(summary, { bold: true, size: 14 })], { align: AlignmentType.CENTER, after: 0 }),
    rule(Math.min(textWidthMm(summary, 14), TEXT_MM) / 3, TEXT_MM, 360),
  ];
}

/** The two-column header: agency and number on the left, motto and place/date on the right. */
export function header30(h: Heading30): Table {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.PERCENTAGE },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    });
  const center = AlignmentType.CENTER;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            [
              para([run(h.parent, { size: 13 })], { align: center, after: 0 }),
              para([run(h.issuer, { bold: true, size: 13 })], { align: center, after: 0 }),
              rule(textWidthMm(h.issuer, 13, true) * 0.4, TEXT_MM * 0.38, 60, true),
              para([run(h.numberLine, { size: 13 })], { align: center, after: 0 }),
            ],
            38,
          ),
          cell(
            [
              para([run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 12 })], { align: center, after: 0 }),
              para([run("Độc lập - Tự do - Hạnh phúc", { bold: true, size: 14 })], { align: center, after: 0 }),
              rule(textWidthMm("Độc lập - Tự do - Hạnh phúc", 14), TEXT_MM * 0.62, 60, true),
              para([run(`${h.place}, ${formatDecree30Date(h.date)}`, { italics: true, size: 14 })], { align: center, after: 0 }),
            ],
            62,
          ),
        ],
      }),
    ],
  });
}

/**
 * "Nơi nhận" on the left, the signature block on the right: the authority lines, the space for the
 * signature and seal, and the signer's full name (Nghị định 30/2020, điều 13). A draft whose signer
 * the registry does not name yet says so instead of leaving the name blank.
 */
export function footerBlock(recipients: string[], signer: { authority: string[]; name: string } | null): Table {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.PERCENTAGE },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    });
  const authority = signer?.authority ?? ["GIÁM ĐỐC"];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            [
              para([run("Nơi nhận:", { bold: true, italics: true, size: 12 })], { align: AlignmentType.LEFT, after: 0 }),
              ...recipients.map((r) => para([run(r, { size: 11 })], { align: AlignmentType.LEFT, after: 0 })),
            ],
            50,
          ),
          cell(
            [
              ...authority.map((a) => para([run(a, { bold: true, size: 14 })], { align: AlignmentType.CENTER, after: 0 })),
              para([run("")], { after: 1200 }),
              ...(signer
                ? signer.name
                  ? [para([run(signer.name, { bold: true, size: 14 })], { align: AlignmentType.CENTER, after: 0 })]
                  : [] // a document signed by the agency itself (the briefing pack)
                : [
                    para([run("(người ký chọn khi phát hành, trong danh mục lãnh đạo Sở)", { italics: true, size: 12 })], {
                      align: AlignmentType.CENTER,
                      after: 0,
                    }),
                  ]),
            ],
            50,
          ),
        ],
      }),
    ],
  });
}

/** A bordered data table with a bold header row repeated on every page. */
export function dataTable(headers: string[], rows: string[][], widths: number[], o: { numbersRight?: boolean } = {}): Table {
  const cell = (text: string, bold: boolean, width: number, align: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      children: [para([run(text, { bold, size: 12 })], { align, after: 0 })],
    });
  const numeric = (s: string) => (o.numbersRight ?? true) && /^[+-]?[\d.,]+%?$/.test(s);
  const alignOf = (s: string) => (s === "—" ? AlignmentType.CENTER : numeric(s) ? AlignmentType.RIGHT : AlignmentType.LEFT);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h, i) => cell(h, true, widths[i] ?? 10, AlignmentType.CENTER)),
      }),
      ...rows.map(
        (r, ri) =>
          new TableRow({
            cantSplit: true,
            children: r.map((v, i) => cell(v, ri === rows.length - 1 && r.includes("Tổng cộng"), widths[i] ?? 10, alignOf(v))),
          }),
      ),
    ],
  });
}

/** Page numbers at the top centre, from page 2 on (the first page has an empty header). */
export const pageNumbering = {
  headers: {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })],
        }),
      ],
    }),
    first: new Header({ children: [] }),
  },
  footers: { default: new Footer({ children: [] }), first: new Footer({ children: [] }) },
};

/** An A4 document in Times New Roman with page numbers from page 2, as .docx bytes. */
export async function decree30Document(title: string, body: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    creator: "Đôn Đốc",
    title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [{ properties: { page: PAGE, titlePage: true }, ...pageNumbering, children: body }],
  });
  return Packer.toBuffer(doc);
}
