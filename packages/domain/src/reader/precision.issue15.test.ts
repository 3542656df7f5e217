import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document";
import { testRegistry } from "./test-registry";

/** Sentences that look like assignments but ask nothing (issue 15, precision), each written for the test. */
const read = (body: string) => readDocument(`CÔNG VĂN\n\nVề việc triển khai nhiệm vụ\n\n${body}\n`, testRegistry).tasks;
const leads = (body: string) => read(body).map((t) => t.lead);

describe("sentences that are not tasks", () => {
  it("the sender's closing 'X thông báo để Y thực hiện' is no task; 'Giao X thông báo cho Y thực hiện' is one", () => {
    expect(leads("Văn phòng UBND tỉnh thông báo để Sở Tài chính, các cơ quan liên quan thực hiện./.")).toEqual([]);
    expect(leads("Giao Sở Tài chính thông báo cho các doanh nghiệp thực hiện.")).toEqual([["Sở Tài chính"]]);
  });

  it("news of a past act ('X vừa ban hành Công văn …') is no task", () => {
    expect(leads("Sở Xây dựng vừa ban hành Công văn số 12/SXD về việc báo cáo tình hình thực hiện.")).toEqual([]);
    expect(leads("Sở Xây dựng ban hành Công văn hướng dẫn báo cáo tình hình thực hiện.")).toEqual([["Sở Xây dựng"]]);
  });

  it("a collective expanded after a colon into bare names (a recipients list) is no task", () => {
    expect(leads("Các Bộ: Công an, Tư pháp, Tài chính, Nông nghiệp và Môi trường;")).toEqual([]);
    expect(leads("Các Bộ: Công an, Tư pháp rà soát hồ sơ, báo cáo Thủ tướng Chính phủ.")).not.toEqual([]);
  });
});

describe("names as written", () => {
  it("an abbreviation glued to what it abbreviates ('UBND TP.HCM') is one name; a sentence's full stop still ends it", () => {
    expect(leads("Yêu cầu UBND TP.HCM, Sở Tài chính báo cáo trước ngày 10/12/2025.")).toEqual([["UBND TP.HCM", "Sở Tài chính"]]);
    expect(leads("Giao Sở Tài chính. Sở Xây dựng báo cáo trước ngày 10/12/2025.")).not.toContainEqual(["Sở Tài chính. Sở Xây dựng"]);
  });
});

describe("lasting work or a finite job", () => {
  const kind = (body: string) => read(body).map((t) => t.deadline.kind);
  it("'hướng dẫn' as a noun ('theo yêu cầu và hướng dẫn tại Công văn') does not make a duty lasting", () => {
    expect(kind("Giao Sở Tài chính thực hiện các nội dung theo yêu cầu và hướng dẫn tại Công văn trên.")).toEqual(["none"]);
    expect(kind("Giao Sở Tài chính hướng dẫn các huyện lập hồ sơ.")).toEqual(["continuous"]);
  });

  it("issuing guidance on a policy ('hướng dẫn thực hiện chế độ, chính sách') is a finite job", () => {
    expect(kind("Giao Sở Nội vụ hướng dẫn thực hiện chế độ, chính sách đối với cán bộ thôi việc.")).toEqual(["none"]);
  });

  it("the purpose after 'để' does not say how long the duty lasts", () => {
    expect(kind("Giao Sở Tài chính tổng hợp danh sách gửi UBND tỉnh, để theo dõi, hướng dẫn thực hiện.")).toEqual(["none"]);
    expect(kind("Giao Sở Tài chính theo dõi việc giải ngân để báo cáo UBND tỉnh.")).toEqual(["continuous"]);
  });
});
