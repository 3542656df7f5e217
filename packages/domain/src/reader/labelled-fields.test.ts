import { describe, expect, it } from "vitest";
import { labelledFields } from "./labelled-fields";
import { readDocument } from "./read-document";
import { testRegistry } from "./test-registry";

const read = (body: string) =>
  readDocument(`KẾ HOẠCH\n\nTriển khai nhiệm vụ\n\nLạng Sơn, ngày 10 tháng 11 năm 2025\n\n${body}\n`, testRegistry).tasks.map((t) => [
    t.lead,
    t.coordinators,
    t.deadline,
  ]);

describe("labelled fields of a plan's tasks", () => {
  it("reads '(X chủ trì, phối hợp với Y; deadline)' after a task", () => {
    expect(labelledFields("Rà soát quy hoạch (Sở Công Thương chủ trì, phối hợp với Sở Xây dựng; hoàn thành trong Quý I/2026).")).toEqual({
      task: "Rà soát quy hoạch",
      lead: "Sở Công Thương",
      coordinators: "Sở Xây dựng",
      deadline: "hoàn thành trong Quý I/2026",
    });
  });

  it("reads 'Cơ quan chủ trì: …; cơ quan phối hợp: …; thời gian: …' in one line", () => {
    expect(
      labelledFields("Kiểm tra việc thực hiện. Cơ quan chủ trì: Thanh tra tỉnh; cơ quan phối hợp: Sở Nội vụ; thời gian: hằng quý."),
    ).toEqual({
      task: "Kiểm tra việc thực hiện",
      lead: "Thanh tra tỉnh",
      coordinators: "Sở Nội vụ",
      deadline: "hằng quý",
    });
    expect(labelledFields("Sở Tài chính bố trí kinh phí thực hiện.")).toBeNull();
  });

  it("makes one task of a task line and the field lines under it", () => {
    expect(
      read(
        "1. Lập danh mục dự án kêu gọi đầu tư.\n\n- Cơ quan chủ trì: Sở Tài chính.\n\n- Cơ quan phối hợp: Sở Công Thương, Sở Xây dựng.\n\n- Thời gian hoàn thành: tháng 12/2025.\n\n2. Rà soát quy hoạch (Sở Công Thương chủ trì; Quý I/2026).",
      ),
    ).toEqual([
      [["Sở Tài chính"], ["Sở Công Thương", "Sở Xây dựng"], { kind: "month", value: "2025-12" }],
      [["Sở Công Thương"], [], { kind: "quarter", value: "2026-Q1" }],
    ]);
  });

  it("a task that names its own lead keeps it; a parenthesis that names no agency is not a field", () => {
    expect(read("Giao Sở Xây dựng rà soát hồ sơ (Sở Tài chính chủ trì thẩm định) trước ngày 20/12/2025.").map(([lead]) => lead)).toEqual([
      ["Sở Xây dựng"],
    ]);
    expect(labelledFields("Tổ chức hội nghị (chiều thứ Năm chủ trì)")?.lead).toBe("chiều thứ Năm");
    expect(read("- Tổ chức hội nghị (chiều thứ Năm chủ trì).")).toEqual([]);
  });
});
