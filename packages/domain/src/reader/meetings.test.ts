import { describe, expect, it } from "vitest";
import { participantsOf } from "./meetings";
import { readDocument } from "./read-document";
import { testRegistry } from "./test-registry";

describe("meetings of a meeting notice", () => {
  const notice = [
    "THÔNG BÁO",
    "Họp đánh giá tiến độ các dự án",
    "Thực hiện Chương trình công tác, đồng chí Đinh Hữu Học triệu tập cuộc họp, cụ thể như sau:",
    "I. Nội dung 1: Tình hình thực hiện Kế hoạch số 116/KH-UBND ngày 21/4/2025 của UBND tỉnh về các dự án.",
    "1. Thành phần:",
    "- Đồng chí Đinh Hữu Học, Phó Chủ tịch Thường trực UBND tỉnh - Chủ trì;",
    "- Đại diện lãnh đạo các sở, ngành, cơ quan: Tài chính, Nông nghiệp và Môi trường, Công an tỉnh.",
    "- Đại diện Lãnh đạo UBND các xã: Hữu Lũng, Tuấn Sơn (do UBND xã mời dự).",
    "2. Thời gian, địa điểm: từ 14 giờ 00 phút, ngày 04/12/2025 (Thứ Năm), tại Phòng họp tầng 4, trụ sở UBND tỉnh.",
    "II. Phân công chuẩn bị",
    "- Giao Sở Tài chính tổng hợp, báo cáo chung; gửi Văn phòng UBND tỉnh chậm nhất ngày 03/12/2025.",
    "- UBND các xã có dự án báo cáo, gửi Sở Tài chính để tổng hợp đảm bảo thời gian nêu trên.",
    "- Văn phòng UBND tỉnh chuẩn bị hội trường phục vụ cuộc họp.",
  ].join("\n");
  const proposal = readDocument(notice, testRegistry);

  it("reads time, date, place, chair, subject and participants", () => {
    expect(proposal.meetings).toEqual([
      {
        kind: "meeting",
        date: "2025-12-04",
        time: "14:00",
        place: "Phòng họp tầng 4, trụ sở UBND tỉnh",
        chair: "Đinh Hữu Học",
        subject: "Tình hình thực hiện Kế hoạch số 116/KH-UBND ngày 21/4/2025",
        participants: ["Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Công an tỉnh", "UBND xã Hữu Lũng", "UBND xã Tuấn Sơn"],
      },
    ]);
  });

  it("reads the preparation tasks, with the back-reference and the meeting start", () => {
    expect(proposal.tasks.map((t) => [t.lead, t.deadlineText, t.deadline])).toEqual([
      [["Sở Tài chính"], "chậm nhất ngày 03/12/2025", { kind: "date", value: "2025-12-03" }],
      [["UBND các xã có dự án"], "đảm bảo thời gian nêu trên", { kind: "date", value: "2025-12-03" }],
      [["Văn phòng UBND tỉnh"], null, { kind: "date", value: "2025-12-04", inferred: "meeting start" }],
    ]);
  });
});

describe("the meeting a conclusion notice concludes", () => {
  it("reads date, kind, chair (from the title), zones and participants", () => {
    const text = [
      "THÔNG BÁO",
      "Kết luận của đồng chí Đinh Hữu Học, Phó Chủ tịch Thường trực UBND tỉnh tại cuộc kiểm tra",
      "Ngày 29/5/2026, đồng chí Hoàng Quốc Khánh, Bí thư Tỉnh ủy và đồng chí Đinh Hữu Học đã kiểm tra thực tế các dự án Cụm công nghiệp Hoà Sơn 1 và Khu công nghiệp VSIP Lạng Sơn. Tham dự cuộc kiểm tra có đại diện lãnh đạo các sở, ban, ngành: Công Thương, Thanh tra tỉnh.",
    ].join("\n\n");
    expect(readDocument(text, testRegistry).meetings).toEqual([
      {
        kind: "inspection",
        date: "2026-05-29",
        chair: "Đinh Hữu Học",
        subject: "Các dự án Cụm công nghiệp Hòa Sơn 1 và Khu công nghiệp VSIP Lạng Sơn",
        subjects: ["CCN Hòa Sơn 1", "KCN VSIP Lạng Sơn"],
        participants: ["Sở Công Thương", "Thanh tra tỉnh"],
      },
    ]);
  });
});

describe("participantsOf", () => {
  it("expands a department list and keeps a consortium whole", () => {
    expect(participantsOf("đại diện các nhà đầu tư gồm: Công ty TNHH VSIP Lạng Sơn, Liên danh Công ty A và Công ty B")).toEqual([
      "Công ty TNHH VSIP Lạng Sơn",
      "Liên danh Công ty A và Công ty B",
    ]);
  });
});
