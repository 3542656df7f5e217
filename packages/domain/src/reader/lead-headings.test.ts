import { describe, expect, it } from "vitest";
import { leadOfHeading } from "./lead-headings";
import { readDocument } from "./read-document";
import { buildNameIndex } from "./resolve-names";
import { testRegistry } from "./test-registry";

const ctx = { index: buildNameIndex(testRegistry), sectionZone: null };
const names = (heading: string) => leadOfHeading(heading, ctx)?.map((i) => i.text) ?? null;
const read = (body: string) =>
  readDocument(`KẾ HOẠCH\n\nTriển khai nhiệm vụ\n\nLạng Sơn, ngày 10 tháng 11 năm 2025\n\n${body}\n`, testRegistry).tasks.map((t) => [
    t.lead,
    t.sourceQuote,
  ]);

describe("leadOfHeading", () => {
  it("reads the names of a heading, with or without an opening verb or a responsibility tail", () => {
    expect(names("Sở Tài chính:")).toEqual(["Sở Tài chính"]);
    expect(names("Các chủ đầu tư có trách nhiệm:")).toEqual(["Các chủ đầu tư"]);
    expect(names("Đề nghị Kho bạc Nhà nước tỉnh:")).toEqual(["Kho bạc Nhà nước tỉnh"]);
    expect(names("Trách nhiệm của Sở Xây dựng")).toEqual(["Sở Xây dựng"]);
    expect(names("Sở Công Thương chịu trách nhiệm thực hiện các nhiệm vụ sau:")).toEqual(["Sở Công Thương"]);
    expect(names("Ủy ban nhân dân các tỉnh: Cao Bằng, Bắc Kạn, Thái Nguyên:")).toEqual([
      "UBND tỉnh Cao Bằng",
      "UBND tỉnh Bắc Kạn",
      "UBND tỉnh Thái Nguyên",
    ]);
  });

  it("a heading that names a topic, or names and then asks something, names no lead", () => {
    expect(names("Đối với Dự án Cụm công nghiệp Hòa Sơn 1")).toBeNull();
    expect(names("Sở Tài chính rà soát hồ sơ dự án.")).toBeNull();
    expect(names("Nhiệm vụ trọng tâm")).toBeNull();
  });
});

describe("leads inherited from headings", () => {
  it("every bullet (-, +, •) under a numbered heading takes its lead, until the next heading of the same level", () => {
    expect(
      read(
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính:\n\n- Tham mưu bố trí vốn trước ngày 15/12/2025.\n\n+ Hướng dẫn thanh toán.\n\n2. Sở Xây dựng:\n\n• Kiểm tra chất lượng trong Quý I/2026.",
      ),
    ).toEqual([
      [["Sở Tài chính"], "Tham mưu bố trí vốn trước ngày 15/12/2025."],
      [["Sở Tài chính"], "Hướng dẫn thanh toán."],
      [["Sở Xây dựng"], "Kiểm tra chất lượng trong Quý I/2026."],
    ]);
  });

  it("'(2) X có trách nhiệm:' and a bold 'Đề nghị X:' line hand their leads to the bullets under them", () => {
    expect(
      read(
        "(1) Sở Xây dựng:\n\n- Thẩm định thiết kế.\n\n(2) Các chủ đầu tư có trách nhiệm:\n\n- Đẩy nhanh tiến độ thi công.\n\n**Đề nghị Kho bạc Nhà nước tỉnh:**\n\n- Kiểm soát chi kịp thời.",
      ).map(([lead]) => lead),
    ).toEqual([["Sở Xây dựng"], ["Các chủ đầu tư"], ["Kho bạc Nhà nước tỉnh"]]);
  });

  it("a lower heading that names no lead keeps the lead of the heading above it", () => {
    expect(
      read(
        "1. Sở Công Thương:\n\na) Về quy hoạch\n\n- Rà soát quy hoạch các cụm công nghiệp.\n\n2. Sở Tài chính:\n\n- Bố trí kinh phí.",
      ).map(([lead]) => lead),
    ).toEqual([["Sở Công Thương"], ["Sở Tài chính"]]);
  });

  it("a lettered heading with several provinces gives each bullet three leads", () => {
    expect(
      read("a) Ủy ban nhân dân các tỉnh: Cao Bằng, Bắc Kạn, Thái Nguyên:\n\n- Phối hợp bàn giao mặt bằng.").map(([lead]) => lead),
    ).toEqual([["UBND tỉnh Cao Bằng", "UBND tỉnh Bắc Kạn", "UBND tỉnh Thái Nguyên"]]);
  });

  it("an article's title is a heading: the items of 'Điều 2. Tổ chức thực hiện' take their leads from their own headings", () => {
    expect(
      read("Điều 1. Phê duyệt Kế hoạch kèm theo.\n\nĐiều 2. Tổ chức thực hiện\n\n1. Sở Công Thương:\n\n- Hướng dẫn triển khai.").map(
        ([lead]) => lead,
      ),
    ).toEqual([["Sở Công Thương"]]);
  });

  it("a line under a lead heading that opens 'Chủ trì, phối hợp với Y, Z' names Y and Z as coordinators", () => {
    const [task] = readDocument(
      "QUYẾT ĐỊNH\n\nĐiều 9. Trách nhiệm thi hành\n\n1. Sở Xây dựng có trách nhiệm:\n\na) Chủ trì, phối hợp với Sở Tài chính, Công an tỉnh hướng dẫn thực hiện chế độ;",
      testRegistry,
    ).tasks;
    expect([task?.lead, task?.coordinators]).toEqual([["Sở Xây dựng"], ["Sở Tài chính", "Công an tỉnh"]]);
  });
});
