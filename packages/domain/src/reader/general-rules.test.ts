import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document";
import { testRegistry } from "./test-registry";

/**
 * General rules of how administrative documents assign tasks, found by error analysis on the
 * tuning part of the corpus; each on a short sentence written for the test, not the corpus text.
 */
const read = (body: string) => readDocument(`THÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh\n\n${body}\n`, testRegistry).tasks;
const leads = (body: string) => read(body).map((t) => t.lead);

describe("words glued by lost spaces (PDF and web copies)", () => {
  it("'Giaocho', 'Ủyban' still assign and name, and the names are kept as written", () => {
    const [task] = read("Giaocho Sở Y tế chủ trì, phối hợp các Sở, ngành tỉnh, Ủyban nhân dân các huyện kiểm tra, đôn đốc thực hiện.");
    expect(task?.lead).toEqual(["Sở Y tế"]);
    expect(task?.coordinators).toEqual(["các Sở, ngành tỉnh", "Ủyban nhân dân các huyện"]);
    expect(task?.deadline.kind).toBe("continuous");
  });

  it("a glued role after a dash ('- cơquan thường trực …') is not part of the name", () => {
    expect(leads("Sở Nội vụ - cơquan thường trực Hội đồng Thi đua tỉnh tổng hợp danh sách trong tháng 12/2025.")).toEqual([["Sở Nội vụ"]]);
  });
});

describe("leads", () => {
  it("a head word followed by a comma ('UBND, ban an toàn giao thông các huyện') starts a body of the list", () => {
    expect(leads("Giao Sở Y tế, Công an tỉnh và UBND, ban quản lý chợ các xã khẩn trương rà soát các điểm.")).toEqual([
      ["Sở Y tế", "Công an tỉnh", "UBND, ban quản lý chợ các xã"],
    ]);
  });

  it("Deputy Prime Ministers and grassroots heads (trưởng thôn, tổ trưởng) are persons who lead", () => {
    expect(leads("Thủ tướng phân công Phó Thủ tướng Nguyễn Văn An và Phó Thủ tướng Trần Văn Bình trực tiếp chỉ đạo dự thảo.")).toEqual([
      ["Phó Thủ tướng Nguyễn Văn An", "Phó Thủ tướng Trần Văn Bình"],
    ]);
    expect(leads("Trưởng thôn, Tổ trưởng tổ dân phố lập danh sách các hộ gửi UBND xã trong tháng 12/2025.")).toEqual([
      ["Trưởng thôn", "Tổ trưởng tổ dân phố"],
    ]);
  });
});

describe("coordinators", () => {
  it("a collective 'các … liên quan' joined by 'và' to named bodies is left out; alone, or after a comma, it stays", () => {
    const [after] = read("Giao Sở Tư pháp chủ trì, phối hợp với Sở Y tế, Công an tỉnh và các sở, ngành liên quan rà soát dự thảo.");
    expect(after?.coordinators).toEqual(["Sở Y tế", "Công an tỉnh"]);
    const [alone] = read("Giao Sở Tư pháp chủ trì, phối hợp với các sở, ngành liên quan rà soát dự thảo.");
    expect(alone?.coordinators).toEqual(["các sở, ngành liên quan"]);
    const [comma] = read("Giao Sở Tư pháp chủ trì, phối hợp với Công an tỉnh, các cơ quan liên quan rà soát dự thảo.");
    expect(comma?.coordinators).toEqual(["Công an tỉnh", "các cơ quan liên quan"]);
  });

  it("one committee before several places ('UBND tỉnh Nghệ An, Hà Tĩnh') is one committee per place", () => {
    const [task] = read(
      "Giao Bộ Xây dựng chủ trì, phối hợp các cơ quan liên quan và UBND tỉnh Nghệ An, Hà Tĩnh hoàn thành hồ sơ trong tháng 12/2025.",
    );
    expect(task?.coordinators).toEqual(["UBND tỉnh Nghệ An", "UBND tỉnh Hà Tĩnh"]);
  });
});

describe("several tasks in one sentence", () => {
  it("after a semicolon, a clause with its own lead and its own request is a task of its own", () => {
    const tasks = read(
      "Chủ tịch UBND huyện Văn Lãng chỉ đạo các phòng chuyên môn lập hồ sơ dự án; Sở Tài chính thẩm định nguồn vốn trước ngày 15/12/2025.",
    );
    expect(tasks.map((t) => t.lead)).toEqual([["Chủ tịch UBND huyện Văn Lãng"], ["Sở Tài chính"]]);
    expect(tasks[1]?.deadline).toMatchObject({ kind: "date", value: "2025-12-15" });
  });

  it("a list of leads split by semicolons, a clause that only 'phối hợp', and the execution formula stay one", () => {
    expect(leads("Giao Sở Tài chính; Sở Xây dựng; Công an tỉnh báo cáo kết quả trước ngày 23/5/2026.")).toEqual([
      ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh"],
    ]);
    expect(leads("Giao Sở Xây dựng chủ trì rà soát hồ sơ; Sở Tài chính phối hợp thực hiện.")).toEqual([["Sở Xây dựng"]]);
    expect(
      leads("Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tài chính; Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này."),
    ).toEqual([]);
  });
});

describe("standing duties and finite jobs", () => {
  it("directing or urging others to produce a finite product (Đề án, danh sách, văn bản) is a finite job", () => {
    const [plan] = read("Giao Chủ tịch UBND huyện Văn Lãng chỉ đạo các phòng chuyên môn lập Đề án sắp xếp dân cư.");
    expect(plan?.deadline.kind).toBe("none");
    const [list] = read("Văn phòng UBND tỉnh có trách nhiệm đôn đốc, tổng hợp danh sách các đơn vị gửi Sở Nội vụ.");
    expect(list?.deadline.kind).toBe("none");
  });

  it("directing, checking or urging without a product is a standing duty", () => {
    const [task] = read("UBND các xã có trách nhiệm chỉ đạo, kiểm tra, nhắc nhở việc giữ gìn vệ sinh ở địa bàn dân cư.");
    expect(task?.deadline.kind).toBe("continuous");
  });
});
