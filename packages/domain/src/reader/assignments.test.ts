import { describe, expect, it } from "vitest";
import type { ListContext } from "./agency-list";
import { readAssignment } from "./assignments";
import { buildNameIndex, findNamesIn } from "./resolve-names";
import { testRegistry } from "./test-registry";

const index = buildNameIndex(testRegistry);
const zone = (name: string) => findNamesIn(index.zones, name)[0] ?? null;
const ctx = (sectionZone: string | null = null): ListContext => ({ index, sectionZone: sectionZone ? zone(sectionZone) : null });

function read(text: string, section: string | null = null) {
  const a = readAssignment(text, ctx(section));
  return a && { lead: a.lead.map((i) => i.text), coordinators: a.coordinators.map((i) => i.text), predicate: a.predicate };
}

describe("readAssignment", () => {
  it("Giao X …", () => {
    expect(read("Giao Sở Nông nghiệp và Môi trường khẩn trương tham mưu hoàn thiện các thủ tục")).toEqual({
      lead: ["Sở Nông nghiệp và Môi trường"],
      coordinators: [],
      predicate: "khẩn trương tham mưu hoàn thiện các thủ tục",
    });
  });

  it("Giao X chủ trì, phối hợp với Y, Z và các cơ quan liên quan …", () => {
    expect(
      read("Giao Sở Công Thương chủ trì, phối hợp với Ban Quản lý Khu KTCK, Sở Tài chính và các cơ quan liên quan chuẩn bị báo cáo chung"),
    ).toEqual({
      lead: ["Sở Công Thương"],
      coordinators: ["Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "Sở Tài chính"],
      predicate: "chuẩn bị báo cáo chung",
    });
  });

  it("keeps a group coordinator written with a comma", () => {
    expect(
      read("Giao Sở Xây dựng chủ trì, phối hợp với Ban Chỉ huy Bộ đội Biên phòng tỉnh, các cơ quan liên quan nghiên cứu")?.coordinators,
    ).toEqual(["Ban Chỉ huy Bộ đội Biên phòng tỉnh", "các cơ quan liên quan"]);
  });

  it("Yêu cầu Chủ đầu tư … inside a zone's section means that zone's investor", () => {
    expect(read("Yêu cầu Chủ đầu tư tập trung tối đa nguồn lực", "Đối với Dự án Cụm công nghiệp Hòa Sơn 1")?.lead).toEqual([
      "Chủ đầu tư CCN Hòa Sơn 1",
    ]);
  });

  it("Nhà đầu tư … inside a zone's section", () => {
    expect(read("Nhà đầu tư tiếp tục tập trung tối đa nguồn lực", "Đối với Dự án Khu công nghiệp VSIP Lạng Sơn")?.lead).toEqual([
      "Nhà đầu tư KCN VSIP Lạng Sơn",
    ]);
  });

  it("Đối với …, yêu cầu Chủ đầu tư …", () => {
    expect(
      read("Đối với phần diện tích còn khối lượng đá lớn chưa xử lý, yêu cầu Chủ đầu tư tập trung nhân lực", "Cụm công nghiệp Hồ Sơn 1")
        ?.lead,
    ).toEqual(["Chủ đầu tư CCN Hồ Sơn 1"]);
  });

  it("Đối với …: X …", () => {
    expect(read("Đối với Báo cáo sơ kết: Ban Quản lý Khu KTCK Đồng Đăng - Lạng Sơn tiếp thu các ý kiến tham gia")?.lead).toEqual([
      "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
    ]);
  });

  it("a supporter is a coordinator: phối hợp, hỗ trợ Chủ đầu tư …", () => {
    expect(read("Giao UBND xã Tân Thành phối hợp, hỗ trợ Chủ đầu tư hoàn thiện các thủ tục thuê đất", "CCN Hòa Sơn 1")).toMatchObject({
      lead: ["UBND xã Tân Thành"],
      coordinators: ["Chủ đầu tư CCN Hòa Sơn 1"],
    });
  });

  it("several leads in one bullet, with a misspelt alias", () => {
    expect(
      read("Sở Tài chính, Ban Quản lý Khu kinh tế cửa khẩu Đông Đăng - Lạng Sơn theo chức năng, nhiệm vụ được giao tăng cường hướng dẫn"),
    ).toMatchObject({
      lead: ["Sở Tài chính", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"],
      predicate: "tăng cường hướng dẫn",
    });
  });

  it("communes written once: UBND các xã A, B", () => {
    expect(read("Giao UBND các xã Hữu Lũng, Tuấn Sơn, Tân Thành, Cai Kinh rà soát quỹ đất")?.lead).toEqual([
      "UBND xã Hữu Lũng",
      "UBND xã Tuấn Sơn",
      "UBND xã Tân Thành",
      "UBND xã Cai Kinh",
    ]);
    expect(read("Giao UBND xã Hữu Lũng, UBND xã Cai Kinh tiếp tục phối hợp")?.lead).toEqual(["UBND xã Hữu Lũng", "UBND xã Cai Kinh"]);
  });

  it("investors of several zones", () => {
    expect(
      read(
        "Yêu cầu các chủ đầu tư hạ tầng Khu công nghiệp VSIP Lạng Sơn, Cụm công nghiệp Hòa Sơn 1 và Cụm công nghiệp Hồ Sơn 1 tăng cường công tác xúc tiến đầu tư",
      )?.lead,
    ).toEqual(["Chủ đầu tư KCN VSIP Lạng Sơn", "Chủ đầu tư CCN Hòa Sơn 1", "Chủ đầu tư CCN Hồ Sơn 1"]);
  });

  it("a person as lead keeps the first title", () => {
    expect(
      read("Giao đồng chí Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo sớm tổ chức họp")?.lead,
    ).toEqual(["Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh"]);
  });

  it("an agency and a group joined by và", () => {
    expect(read("Trung tâm Phát triển quỹ đất tỉnh và các đơn vị quản lý hạ tầng kỹ thuật khẩn trương triển khai")?.lead).toEqual([
      "Trung tâm Phát triển quỹ đất tỉnh",
      "các đơn vị quản lý hạ tầng kỹ thuật",
    ]);
  });

  it("a group list stays one lead until it is closed", () => {
    expect(read("Các sở, ban, ngành, đơn vị, UBND các xã có liên quan tập trung đẩy nhanh")?.lead).toEqual([
      "Các sở, ban, ngành, đơn vị, UBND các xã có liên quan",
    ]);
    expect(read("Các sở, ngành thành viên Ban Chỉ đạo, UBND các xã, phường có liên quan tiếp tục bám sát")?.lead).toEqual([
      "Các sở, ngành thành viên Ban Chỉ đạo",
      "UBND các xã, phường có liên quan",
    ]);
    expect(read("UBND các xã có dự án báo cáo về tình hình")?.lead).toEqual(["UBND các xã có dự án"]);
  });

  it("a leading adverbial: Định kỳ hằng năm, X …", () => {
    expect(read("Định kỳ hằng năm, Sở Công Thương tổng hợp, báo cáo UBND tỉnh")?.lead).toEqual(["Sở Công Thương"]);
  });

  it.each([
    "Ban Chỉ đạo chưa tham mưu, đề xuất xây dựng được cơ chế",
    "Công tác quy hoạch được quan tâm chỉ đạo",
    "Thời gian qua, các sở, ban, ngành, địa phương và các nhà đầu tư đã tích cực phối hợp",
    "Các dự án Cụm công nghiệp Hòa Sơn 1 là các dự án trọng điểm của tỉnh",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch",
  ])("assigns nothing: %s", (text) => {
    expect(read(text)).toBeNull();
  });
});
