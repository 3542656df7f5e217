import { describe, expect, it } from "vitest";
import { deadlineRuleSchema } from "../deadlines/deadline-rule";
import { findDeadlinePhrases, parseDeadlinePhrase } from "./deadline-phrases";
import { readTaskDeadline } from "./task-deadline";

describe("parseDeadlinePhrase", () => {
  it.each([
    ["ưu tiên hoàn thành Nhà máy xử lý nước thải trong Quý III/2026", { kind: "quarter", value: "2026-Q3" }],
    ["đảm bảo hoàn thành trong quý II năm 2026 theo tiến độ", { kind: "quarter", value: "2026-Q2" }],
    ["đưa vào hoạt động trong Quý 4/2026", { kind: "quarter", value: "2026-Q4" }],
    ["báo cáo UBND tỉnh, Ban Chỉ đạo trong tháng 7/2025.", { kind: "month", value: "2025-07" }],
    ["hoàn thành trong tháng 12 năm 2025", { kind: "month", value: "2025-12" }],
    ["trước tháng 9/2025", { kind: "month", value: "2025-09", before: true }],
    ["ban hành chậm nhất ngày 14/7/2025 (trong đó lưu ý …)", { kind: "date", value: "2025-07-14" }],
    ["gửi Văn phòng UBND tỉnh 04 bộ chậm nhất ngày 03/12/2025.", { kind: "date", value: "2025-12-03" }],
    ["hoàn thành trước ngày 15/8/2025", { kind: "date", value: "2025-08-15", before: true }],
    ["chậm nhất ngày 5 tháng 9 năm 2025", { kind: "date", value: "2025-09-05" }],
    ["hoàn thành trong năm 2026", { kind: "year", value: "2026" }],
    ["Định kỳ hằng tháng (trước ngày 20 hằng tháng), tổng hợp", { kind: "recurring-monthly", value: "20", before: true }],
    ["báo cáo trước ngày 20 hằng tháng", { kind: "recurring-monthly", value: "20", before: true }],
    ["hàng tháng, chậm nhất ngày 25 gửi báo cáo", { kind: "recurring-monthly", value: "25" }],
    ["báo cáo vào thứ Sáu hằng tuần", { kind: "recurring-weekly", value: "5" }],
    ["định kỳ hằng quý báo cáo UBND tỉnh", { kind: "recurring-quarterly", value: null }],
    ["hằng quý, trước ngày 15 của tháng đầu quý sau", { kind: "recurring-quarterly", value: "15", before: true }],
    ["báo cáo trước ngày 30/11 hằng năm", { kind: "recurring-yearly", value: "11-30", before: true }],
    [
      "Định kỳ hằng năm, các sở, ban, ngành liên quan báo cáo kết quả thực hiện, gửi Sở Công Thương trước ngày 30/11 để tổng hợp",
      { kind: "recurring-yearly", value: "11-30", before: true },
    ],
    [
      "gửi Sở Công Thương 01 bản chậm nhất 05 ngày làm việc kể từ ngày phê duyệt để theo dõi",
      { kind: "working-days-after", value: "5", event: "ngày phê duyệt" },
    ],
    ["hoàn thành trong thời gian sớm nhất, không làm ảnh hưởng", { kind: "asap", value: null }],
    ["khẩn trương hoàn thiện các thủ tục", { kind: "asap", value: null }],
    ["sớm tổ chức họp để xem xét", { kind: "asap", value: null }],
    ["thường xuyên rà soát tiến độ đầu tư", { kind: "continuous", value: null }],
  ])("%s", (text, expected) => {
    const rule = parseDeadlinePhrase(text);
    expect(rule).toEqual(expected);
    expect(deadlineRuleSchema.safeParse(rule).success).toBe(true);
  });

  it("reads a day without a year in the document's year", () => {
    expect(parseDeadlinePhrase("báo cáo trước ngày 30/11", { year: 2025 })).toEqual({ kind: "date", value: "2025-11-30", before: true });
    expect(parseDeadlinePhrase("báo cáo trước ngày 30/11")).toBeNull();
  });

  it.each([
    "Quyết định số 393/QĐ-TTg ngày 24/02/2025",
    "Quy hoạch chung đến năm 2045",
    "triển khai nhiệm vụ 6 tháng cuối năm 2025",
    "Kế hoạch sử dụng đất hằng năm cấp huyện",
    "kế hoạch triển khai trong thời gian tới",
    "hoạt động sản xuất, kinh doanh ngay sau khi được bàn giao mặt bằng",
    "ngày 31/02/2025 là ngày không có thật",
  ])("finds no deadline in %s", (text) => {
    expect(parseDeadlinePhrase(text)).toBeNull();
  });

  it("keeps the written words and their position for highlighting", () => {
    const text = "Ban Quản lý … ban hành chậm nhất ngày 14/7/2025 (trong đó …)";
    const [phrase] = findDeadlinePhrases(text);
    expect(phrase?.text).toBe("chậm nhất ngày 14/7/2025");
    expect(text.slice(phrase?.index, phrase?.end)).toBe(phrase?.text);
  });

  it("recognises a back-reference", () => {
    expect(findDeadlinePhrases("gửi Sở Tài chính để tổng hợp đảm bảo thời gian nêu trên.")[0]).toMatchObject({
      category: "back-reference",
      text: "đảm bảo thời gian nêu trên",
      rule: null,
    });
  });
});

describe("readTaskDeadline", () => {
  it("takes the first explicit deadline and records later ones as milestones", () => {
    const text =
      "Yêu cầu Chủ đầu tư …; ưu tiên hoàn thành Nhà máy xử lý nước thải trong Quý III/2026, bảo đảm đủ điều kiện nghiệm thu, đưa dự án vào hoạt động trong Quý IV/2026 theo mục tiêu đã đề ra.";
    const result = readTaskDeadline(text, "tập trung …");
    expect(result.deadline).toEqual({ kind: "quarter", value: "2026-Q3" });
    expect(result.deadlineText).toBe("trong Quý III/2026");
    expect(result.milestones).toEqual([
      { what: "đưa dự án vào hoạt động", deadlineText: "trong Quý IV/2026", deadline: { kind: "quarter", value: "2026-Q4" } },
    ]);
  });

  it("records time words but not manner words as deadline text", () => {
    expect(readTaskDeadline("… khẩn trương triển khai …; hoàn thành trong thời gian sớm nhất", "khẩn trương").deadlineText).toBe(
      "trong thời gian sớm nhất",
    );
    expect(readTaskDeadline("Giao Sở X khẩn trương tham mưu", "khẩn trương tham mưu").deadlineText).toBeNull();
    expect(readTaskDeadline("Giao đồng chí X sớm tổ chức họp", "sớm tổ chức họp").deadlineText).toBe("sớm");
    expect(readTaskDeadline("X bám sát … để thúc đẩy sớm thẩm định", "bám sát … để thúc đẩy sớm thẩm định").deadlineText).toBeNull();
  });

  it.each([
    ["tăng cường công tác xúc tiến đầu tư", "continuous"],
    ["làm tốt công tác đối ngoại", "continuous"],
    ["thực hiện nghiêm chế độ thông tin, báo cáo", "continuous"],
    ["tiếp tục bám sát các mục tiêu, nhiệm vụ", "continuous"],
    ["tiếp tục hướng dẫn Chủ đầu tư thực hiện các thủ tục", "continuous"],
    ["tiếp tục tập trung tối đa nguồn lực, đẩy nhanh tiến độ thi công", "none"],
    ["tiếp tục phối hợp với Chủ đầu tư xử lý dứt điểm các nội dung", "none"],
    ["đẩy nhanh tiến độ triển khai các công trình", "none"],
    ["nghiên cứu, xác định lại phạm vi khu vực cửa khẩu", "none"],
  ])("%s → %s", (afterLead, kind) => {
    expect(readTaskDeadline(`Giao Sở X ${afterLead}.`, afterLead).deadline.kind).toBe(kind);
  });

  it("flags a back-reference for the caller to resolve", () => {
    const result = readTaskDeadline(
      "UBND các xã có dự án báo cáo …, gửi Sở Tài chính để tổng hợp đảm bảo thời gian nêu trên.",
      "báo cáo …",
    );
    expect(result).toMatchObject({ backReference: true, deadlineText: "đảm bảo thời gian nêu trên" });
  });
});

describe("a task that defers its timing to a plan", () => {
  it("is not 'as soon as possible' even with 'khẩn trương' (the plan sets the date)", async () => {
    const { readTaskDeadline } = await import("./task-deadline");
    expect(
      readTaskDeadline("khẩn trương hoàn thành các hạng mục còn lại để đưa cụm công nghiệp vào hoạt động theo kế hoạch.", "").deadline.kind,
    ).toBe("none");
    expect(readTaskDeadline("khẩn trương hoàn thiện các thủ tục; bàn giao mặt bằng theo tiến độ yêu cầu.", "").deadline.kind).toBe("asap");
    expect(readTaskDeadline("bám sát mục tiêu theo Kế hoạch số 31/KH-BCĐ; khẩn trương triển khai.", "").deadline.kind).toBe("asap");
    expect(readTaskDeadline("hoàn thành trong thời gian sớm nhất theo kế hoạch.", "").deadline.kind).toBe("asap");
  });
});
