import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document";
import { buildNameIndex } from "./resolve-names";
import { columnOf, markTableRows } from "./table-rows";
import { deadlineOfCell, namesOf } from "./table-tasks";
import { testRegistry } from "./test-registry";

const read = (body: string) =>
  readDocument(`KẾ HOẠCH\n\nTriển khai nhiệm vụ năm 2026\n\nLạng Sơn, ngày 10 tháng 11 năm 2025\n\n${body}\n`, testRegistry).tasks.map(
    (t) => ({
      lead: t.lead,
      coordinators: t.coordinators,
      deadline: t.deadline,
    }),
  );
const ctx = { index: buildNameIndex(testRegistry), sectionZone: null };

describe("task tables flattened to text", () => {
  it("reads the columns of a header by their meaning", () => {
    expect(
      ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm", "Đơn vị thực hiện"].map(columnOf),
    ).toEqual(["number", "task", "lead", "coordinators", "deadline", "other", "lead"]);
  });

  it("one task per pipe row, with lead, coordinators and deadline from their columns", () => {
    expect(
      read(
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n| 1 | Rà soát quy hoạch các cụm công nghiệp | Sở Công Thương | Sở Xây dựng, Sở Tài chính | Quý I/2026 |\n| 2 | Lập danh mục dự án kêu gọi đầu tư | Sở Tài chính | | Tháng 12/2025 |",
      ),
    ).toEqual([
      { lead: ["Sở Công Thương"], coordinators: ["Sở Xây dựng", "Sở Tài chính"], deadline: { kind: "quarter", value: "2026-Q1" } },
      { lead: ["Sở Tài chính"], coordinators: [], deadline: { kind: "month", value: "2025-12" } },
    ]);
  });

  it("an empty lead or deadline cell (a merged cell) is the one of the row above; a group row starts afresh", () => {
    expect(
      read(
        "| TT | Nội dung công việc | Đơn vị chủ trì | Thời hạn |\n| I | Nhóm nhiệm vụ về quy hoạch | | |\n| 1 | Rà soát quy hoạch | Sở Xây dựng | Năm 2026 |\n| 2 | Công bố quy hoạch | | |\n| II | Nhóm nhiệm vụ về đất đai | | |\n| 3 | Giao đất cho dự án | Sở Nông nghiệp và Môi trường | |",
      ),
    ).toEqual([
      { lead: ["Sở Xây dựng"], coordinators: [], deadline: { kind: "year", value: "2026" } },
      { lead: ["Sở Xây dựng"], coordinators: [], deadline: { kind: "year", value: "2026" } },
      { lead: ["Sở Nông nghiệp và Môi trường"], coordinators: [], deadline: { kind: "none", value: null } },
    ]);
  });

  it("reads tab-separated rows as Word extraction gives them", () => {
    expect(
      read(
        "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn\n1\tRà soát quy hoạch\tSở Công Thương\tSở Xây dựng\tQuý I/2026\n2\tLập danh mục\tSở Tài chính\t\tTrước 30/6",
      ),
    ).toEqual([
      { lead: ["Sở Công Thương"], coordinators: ["Sở Xây dựng"], deadline: { kind: "quarter", value: "2026-Q1" } },
      { lead: ["Sở Tài chính"], coordinators: [], deadline: { kind: "date", value: "2026-06-30", before: true } },
    ]);
  });

  it("reads a table as Word's raw text gives it: one cell per paragraph, an empty cell as two more empty lines", () => {
    const stacked = [
      "STT",
      "Nhiệm vụ",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Thời gian hoàn thành",
      "1",
      "Rà soát quy hoạch",
      "Sở Công Thương",
      "Sở Xây dựng",
      "Quý I/2026",
      "2",
      "Lập danh mục dự án",
      "Sở Tài chính",
      "\n\nTháng 12/2025",
      "Trên đây là Kế hoạch triển khai.",
    ].join("\n\n");
    expect(read(stacked)).toEqual([
      { lead: ["Sở Công Thương"], coordinators: ["Sở Xây dựng"], deadline: { kind: "quarter", value: "2026-Q1" } },
      { lead: ["Sở Tài chính"], coordinators: [], deadline: { kind: "month", value: "2025-12" } },
    ]);
  });

  it("reads a table laid out with spaces, a wrapped cell joining its row", () => {
    const lines = [
      "TT   Nhiệm vụ                         Cơ quan chủ trì      Thời gian",
      "1    Rà soát quy hoạch các cụm        Sở Công Thương       Quý I/2026",
      "     công nghiệp trên địa bàn",
      "2    Lập danh mục dự án               Sở Tài chính         Tháng 12/2025",
      "Trên đây là Kế hoạch triển khai.",
    ];
    expect(markTableRows(lines)).toEqual([
      "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |",
      "| 1 | Rà soát quy hoạch các cụm công nghiệp trên địa bàn | Sở Công Thương | Quý I/2026 |",
      "| 2 | Lập danh mục dự án | Sở Tài chính | Tháng 12/2025 |",
      "Trên đây là Kế hoạch triển khai.",
    ]);
  });

  it("leaves text that is not a task table as it is", () => {
    const lines = [
      "UBND TỈNH LẠNG SƠN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: 12/TB-UBND        Lạng Sơn, ngày 10 tháng 11 năm 2025",
    ];
    expect(markTableRows(lines)).toEqual(lines);
  });

  it("keeps names outside the registry as written, one per name in the cell", () => {
    expect(namesOf("Bộ Công Thương; Tập đoàn Điện lực Việt Nam", ctx).map((i) => [i.text, i.entry?.id ?? null])).toEqual([
      ["Bộ Công Thương", null],
      ["Tập đoàn Điện lực Việt Nam", null],
    ]);
    expect(namesOf("UBND các huyện, thành phố", ctx).map((i) => i.text)).toEqual(["UBND các huyện, thành phố"]);
  });

  it("reads a deadline cell without 'trong'", () => {
    expect(deadlineOfCell("Quý II/2026", {})).toEqual({ kind: "quarter", value: "2026-Q2" });
    expect(deadlineOfCell("Tháng 12/2025", {})).toEqual({ kind: "month", value: "2025-12" });
    expect(deadlineOfCell("2025 - 2026", {})).toEqual({ kind: "year", value: "2026" });
    expect(deadlineOfCell("Thường xuyên", {})).toEqual({ kind: "continuous", value: null });
    expect(deadlineOfCell("30/6/2026", {})).toEqual({ kind: "date", value: "2026-06-30" });
  });
});

describe("task tables that PDF extraction wrote with single spaces", () => {
  it("finds the cells of a row written on one line: task, lead cell, coordinators cell, deadline", () => {
    const body = [
      "STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời hạn hoàn thành",
      "1 Tham mưu UBND tỉnh ban hành quy chế phối hợp Sở Tư pháp Công an tỉnh Quý II/2026",
      "2 Rà soát hồ sơ đất đai Sở Tài chính, Sở Xây dựng UBND các huyện Tháng 6/2026",
      "3 Tuyên truyền về cải cách hành chính Sở Tư pháp Năm 2026",
      "4 Kiểm tra việc thực hiện quy chế Văn phòng UBND tỉnh Các sở, ngành Thường xuyên",
      "Trên đây là Kế hoạch thực hiện năm 2026.",
    ].join("\n");
    expect(read(body)).toEqual([
      { lead: ["Sở Tư pháp"], coordinators: ["Công an tỉnh"], deadline: { kind: "quarter", value: "2026-Q2" } },
      { lead: ["Sở Tài chính", "Sở Xây dựng"], coordinators: ["UBND các huyện"], deadline: { kind: "month", value: "2026-06" } },
      { lead: ["Sở Tư pháp"], coordinators: [], deadline: { kind: "year", value: "2026" } },
      { lead: ["Văn phòng UBND tỉnh"], coordinators: ["Các sở, ngành"], deadline: { kind: "continuous", value: null } },
    ]);
  });

  it("a line that only looks like a header, or body text after it, is not a table", () => {
    expect(markTableRows(["Nhiệm vụ và giải pháp chủ yếu của Sở Tư pháp trong năm 2026"])).toEqual([
      "Nhiệm vụ và giải pháp chủ yếu của Sở Tư pháp trong năm 2026",
    ]);
  });

  it("a space-laid row whose lead ran into the coordinators column is split where the second name begins", () => {
    const body = [
      "STT   Nhiệm vụ                     Cơ quan chủ trì          Cơ quan phối hợp     Thời gian hoàn thành",
      "1     Xây dựng chính quyền số      Sở Khoa học và Công nghệ Sở Tư pháp           Tháng 6/2026",
    ].join("\n");
    expect(read(body)).toEqual([
      { lead: ["Sở Khoa học và Công nghệ"], coordinators: ["Sở Tư pháp"], deadline: { kind: "month", value: "2026-06" } },
    ]);
  });
});
