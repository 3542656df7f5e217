import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document";
import { deadlineLine, detailedTask, inlineItems } from "./task-parts";
import { testRegistry } from "./test-registry";

const read = (body: string) =>
  readDocument(`KẾ HOẠCH\n\nTriển khai nhiệm vụ\n\nLạng Sơn, ngày 10 tháng 11 năm 2025\n\n${body}\n`, testRegistry).tasks.map((t) => [
    t.lead,
    t.deadline,
  ]);

describe("deadline lines", () => {
  it("reads 'Thời gian hoàn tất: …', 'Thời hạn: …', 'Tiến độ: …'", () => {
    expect(deadlineLine("Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.", {})?.rule).toEqual({
      kind: "date",
      value: "2014-06-27",
      before: true,
    });
    expect(deadlineLine("Thời hạn: Quý I/2026", {})?.rule).toEqual({ kind: "quarter", value: "2026-Q1" });
    expect(deadlineLine("Tiến độ: hoàn thành trong tháng 12/2025", {})?.rule).toEqual({ kind: "month", value: "2025-12" });
  });

  it("a meeting's time or a line without a deadline is not one", () => {
    expect(deadlineLine("Thời gian: 14 giờ 00, ngày 04/12/2025", {})).toBeNull();
    expect(deadlineLine("Thời gian: theo lịch của Ban Chỉ đạo", {})).toBeNull();
    expect(deadlineLine("Sở Tài chính hoàn thành trước ngày 10/12/2025.", {})).toBeNull();
  });

  it("dates the undated tasks of the step above it, and only those", () => {
    expect(
      read(
        "2.1. Bước 1: Lập danh sách\n\nSở Xây dựng rà soát hồ sơ các dự án. Sở Tài chính bố trí kinh phí trước ngày 15/6/2026.\n\nThời gian hoàn tất: trước ngày 30/6/2026.\n\n2.2. Bước 2: Phê duyệt\n\nSở Công Thương thẩm định danh sách.",
      ),
    ).toEqual([
      [["Sở Xây dựng"], { kind: "date", value: "2026-06-30", before: true }],
      [["Sở Tài chính"], { kind: "date", value: "2026-06-15", before: true }],
      [["Sở Công Thương"], { kind: "none", value: null }],
    ]);
  });
});

describe("a deadline line and a standing duty read from its verbs", () => {
  it("dates a duty that only its verbs made standing, not one that says 'thường xuyên'", () => {
    expect(
      read(
        "2.3. Bước 3: Tổng hợp\n\nUBND các huyện chỉ đạo các phòng chuyên môn rà soát danh sách. Sở Xây dựng thường xuyên kiểm tra.\n\nThời gian hoàn tất: trước ngày 18/8/2026.",
      ),
    ).toEqual([
      [["UBND các huyện"], { kind: "date", value: "2026-08-18", before: true }],
      [["Sở Xây dựng"], { kind: "continuous", value: null }],
    ]);
  });
});

describe("a task detailed by the bullets under 'Cụ thể:'", () => {
  it("finds the task sentence before 'Cụ thể:'", () => {
    expect(detailedTask("Đề nghị Sở Công Thương thực hiện báo cáo. Cụ thể:")).toBe("Đề nghị Sở Công Thương thực hiện báo cáo.");
    expect(detailedTask("Đề nghị Sở Công Thương thực hiện các nội dung sau:")).toBeNull();
  });

  it("is one task; its bullets give it a deadline, not new tasks", () => {
    expect(
      read(
        "Bộ Công Thương đề nghị Sở Công Thương thực hiện báo cáo tình hình các cụm công nghiệp. Cụ thể:\n\n- Báo cáo theo các biểu mẫu kèm theo.\n\n- Gửi báo cáo trước ngày 20/01/2026.",
      ),
    ).toEqual([[["Sở Công Thương"], { kind: "date", value: "2026-01-20", before: true }]]);
  });
});

describe("items written inline: '…: (1) …; (2) …'", () => {
  it("splits the items after the introduction", () => {
    expect(inlineItems("Yêu cầu các cơ quan: (1) Tăng cường kiểm tra; (2) Rà soát nhiệm vụ trong Quý I/2026.")).toEqual({
      intro: "Yêu cầu các cơ quan:",
      items: ["Tăng cường kiểm tra;", "Rà soát nhiệm vụ trong Quý I/2026."],
    });
    expect(inlineItems("Căn cứ Nghị định (1) và Thông tư (3), Sở Tài chính báo cáo.")).toBeNull();
  });

  it("gives each item the lead of the introduction", () => {
    expect(
      read(
        "Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng, Sở Tài chính trong thời gian tới: (1) Tăng cường kiểm tra chất lượng công trình; (2) Rà soát, triển khai các nhiệm vụ trong Quý I/2026.",
      ),
    ).toEqual([
      [["Sở Xây dựng", "Sở Tài chính"], { kind: "continuous", value: null }],
      [["Sở Xây dựng", "Sở Tài chính"], { kind: "quarter", value: "2026-Q1" }],
    ]);
  });
});
