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

  it("a verb glued to the name before it ('… tỉnhchủ trì') ends the name there", () => {
    const [task] = read("Giao Ban Quản lý dự án tỉnhchủ trì, phối hợp với Sở Tư pháp rà soát hồ sơ trong tháng 12/2025.");
    expect(task?.lead).toEqual(["Ban Quản lý dự án tỉnh"]);
    expect(task?.coordinators).toEqual(["Sở Tư pháp"]);
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

  it("managing or protecting what one holds ('Quản lý đất đai …') is a standing duty", () => {
    const body = ["3. UBND các huyện:", "a) Quản lý đất đai trong cụm công nghiệp theo quy định;"].join("\n");
    expect(read(body)[0]?.deadline.kind).toBe("continuous");
  });

  it("directing, checking or urging without a product is a standing duty", () => {
    const [task] = read("UBND các xã có trách nhiệm chỉ đạo, kiểm tra, nhắc nhở việc giữ gìn vệ sinh ở địa bàn dân cư.");
    expect(task?.deadline.kind).toBe("continuous");
  });
});

describe("passive and possessive leads", () => {
  it("'X được giao (chủ trì) …' and 'X được phân công …' make X the lead; 'X đã được giao …' is a fact", () => {
    expect(leads("UBND các huyện, thành phố được giao chủ trì lập kế hoạch chi tiết, hoàn thành trong Quý III/2026.")).toEqual([
      ["UBND các huyện, thành phố"],
    ]);
    expect(leads("Sở Tư pháp được phân công thẩm định dự thảo trước ngày 10/12/2025.")).toEqual([["Sở Tư pháp"]]);
    expect(leads("Sở Tư pháp đã được giao thẩm định dự thảo từ năm 2024.")).toEqual([]);
  });

  it("'… được giao cho X chủ trì …' makes X the lead; '… đã được giao cho X' is history", () => {
    const [task] = read("Nhiệm vụ xây dựng bộ tiêu chí nông thôn mới được giao cho Sở Xây dựng chủ trì, hoàn thành trước ngày 30/9/2026.");
    expect(task?.lead).toEqual(["Sở Xây dựng"]);
    expect(task?.deadline).toMatchObject({ kind: "date", value: "2026-09-30" });
    expect(leads("Dự án này đã được giao cho Sở Xây dựng làm chủ đầu tư từ năm 2020.")).toEqual([]);
  });

  it("a product of X to be sent ('Ý kiến góp ý của X gửi về … trước ngày …') is X's task, also after another sentence", () => {
    const tasks = read(
      "4. Tài liệu: Văn phòng đã gửi tài liệu qua hộp thư công vụ. Báo cáo tình hình của các sở, ngành gửi về Văn phòng UBND tỉnh trước ngày 20/12/2025.",
    );
    expect(tasks.map((t) => t.lead)).toEqual([["Các sở, ngành"]]);
    expect(tasks[0]?.deadline).toMatchObject({ kind: "date", value: "2025-12-20" });
  });
});

describe("names and roles beside them", () => {
  it("official names that hold a comma ('Sở Văn hóa, Thể thao và Du lịch') are one name", () => {
    expect(leads("Giao Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức lễ hội trong tháng 12/2025.")).toEqual([
      ["Sở Văn hóa, Thể thao và Du lịch"],
    ]);
    expect(leads("Giao Phòng Kinh tế, Hạ tầng và Đô thị rà soát hồ sơ trong tháng 12/2025.")).toEqual([
      ["Phòng Kinh tế, Hạ tầng và Đô thị"],
    ]);
  });

  it("a role after 'là' or in parentheses is not the task: 'X là cơ quan thường trực, có trách nhiệm chủ trì, phối hợp với Y …'", () => {
    const [task] = read("Sở Nội vụ là cơ quan thường trực, có trách nhiệm chủ trì, phối hợp với Sở Tư pháp triển khai Đề án.");
    expect(task?.lead).toEqual(["Sở Nội vụ"]);
    expect(task?.coordinators).toEqual(["Sở Tư pháp"]);
    expect(leads("Giao Sở Xây dựng (cơ quan thường trực Ban Chỉ đạo) tổng hợp báo cáo trước ngày 20/12/2025.")).toEqual([["Sở Xây dựng"]]);
  });
});

describe("what is not a task", () => {
  it("a plan's closing paragraph and conditional advice are not tasks, even under a heading that names a lead", () => {
    const body = [
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Nội vụ",
      "- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2025.",
      "Trên đây là Kế hoạch cải cách hành chính năm 2025. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan phản ánh về Sở Nội vụ.",
      "Nếu có vướng mắc, các đơn vị báo cáo về Sở Nội vụ để tổng hợp.",
    ].join("\n");
    expect(leads(body)).toEqual([["Sở Nội vụ"]]);
  });

  it("an invitation's convening sentence is not a task; its preparation duties are", () => {
    const text = [
      "ỦY BAN NHÂN DÂN TỈNH",
      "Số: 12/GM-UBND",
      "GIẤY MỜI",
      "Họp nghe báo cáo tiến độ dự án",
      "Ủy ban nhân dân tỉnh tổ chức họp nghe báo cáo tiến độ các dự án đầu tư công.",
      "Thời gian: 14 giờ 00 ngày 10/6/2025.",
      "Giao Sở Tài chính chuẩn bị báo cáo tình hình giải ngân, gửi Văn phòng UBND tỉnh trước ngày 09/6/2025.",
    ].join("\n\n");
    expect(readDocument(text, testRegistry).tasks.map((t) => t.lead)).toEqual([["Sở Tài chính"]]);
  });
});

describe("groups and where they are", () => {
  it("'các tổ chức, cá nhân …' is a group (the noun after 'các' is never a verb), with where it is", () => {
    expect(leads("Yêu cầu các tổ chức, cá nhân kinh doanh trong khu công nghiệp báo cáo tình hình hoạt động trong tháng 12/2025.")).toEqual(
      [["Các tổ chức, cá nhân kinh doanh trong khu công nghiệp"]],
    );
    expect(leads("Đề nghị các hộ gia đình trên địa bàn tỉnh treo cờ Tổ quốc trong tháng 12/2025.")).toEqual([
      ["Các hộ gia đình trên địa bàn tỉnh"],
    ]);
  });

  it("a second 'các' of people or firms after 'và' is a lead of its own", () => {
    expect(leads("Đề nghị các sở, ban, ngành và các doanh nghiệp trên địa bàn tỉnh treo cờ Tổ quốc trong tháng 12/2025.")).toEqual([
      ["Các sở, ban, ngành", "các doanh nghiệp trên địa bàn tỉnh"],
    ]);
  });

  it("communes listed after a colon ('UBND các xã: A, B, C') are one lead each", () => {
    expect(leads("Yêu cầu UBND các xã: Tân Lập, Hòa Bình, Minh Khai rà soát hồ sơ trong tháng 12/2025.")).toEqual([
      ["UBND xã Tân Lập", "UBND xã Hòa Bình", "UBND xã Minh Khai"],
    ]);
  });
});

describe("a deadline line and the tasks it dates", () => {
  it("a deadline line under one numbered item does not date the tasks of the items before it", () => {
    const body = [
      "4. UBND huyện Văn Lãng:",
      "a) Rà soát hồ sơ dự án.",
      "b) Chịu trách nhiệm về tiến độ các dự án.",
      "5. Giao Sở Tài chính:",
      "+ Tổng hợp nhu cầu vốn, báo cáo UBND tỉnh.",
      "+ Thời gian hoàn thành: trước ngày 15/01/2026.",
    ].join("\n");
    const tasks = read(body);
    expect(tasks.map((t) => [t.lead, t.deadline.kind])).toEqual([
      [["UBND huyện Văn Lãng"], "none"],
      [["UBND huyện Văn Lãng"], "none"],
      [["Sở Tài chính"], "date"],
    ]);
  });

  it("a labelled deadline inside the sentence ('…; thời hạn: tháng 12/2025') is the task's", () => {
    const [task] = read("Sở Xây dựng hướng dẫn các huyện lập hồ sơ; thời hạn: tháng 12/2025.");
    expect(task?.deadline).toMatchObject({ kind: "month", value: "2025-12" });
  });
});

describe("more shapes of conclusions", () => {
  it("'Về <topic>: X chủ trì …' names X after the topic", () => {
    expect(leads("Về hoàn thiện thể chế: Bộ Tư pháp chủ trì, phối hợp với Bộ Nội vụ hoàn thiện dự thảo trước ngày 15/12/2025.")).toEqual([
      ["Bộ Tư pháp"],
    ]);
  });

  it("under a lead's heading, 'Chỉ đạo các cơ quan …' is the heading's lead directing them", () => {
    const body = ["3. Ủy ban nhân dân các tỉnh:", "a) Chỉ đạo các cơ quan chức năng rà soát quỹ đất, hoàn thành trong tháng 12/2025."].join(
      "\n",
    );
    expect(leads(body)).toEqual([["Ủy ban nhân dân các tỉnh"]]);
  });

  it("a second duty of another nature after a semicolon is a task of the same lead; two dated parts stay one", () => {
    const tasks = read("Giao Sở Xây dựng hoàn thành bàn giao mặt bằng trong tháng 10/2026; chỉ đạo tổ chức thi công bảo đảm chất lượng.");
    expect(tasks.map((t) => [t.lead, t.deadline.kind])).toEqual([
      [["Sở Xây dựng"], "month"],
      [["Sở Xây dựng"], "continuous"],
    ]);
    expect(leads("Giao Sở Xây dựng rà soát hồ sơ trong tháng 10/2026; báo cáo UBND tỉnh trước ngày 15/11/2026.")).toEqual([
      ["Sở Xây dựng"],
    ]);
  });
});

describe("the year of a day and month written without one", () => {
  const deadlines = (text: string) => readDocument(text, testRegistry).tasks.map((t) => t.deadline);

  it("comes from the dateline when the header was not read (a header table flattened to one line)", () => {
    expect(
      deadlines(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA |\nSố: 12/UBND | Bình Định, ngày 29 tháng 4 năm 2021 |\nGiao Sở Tài chính báo cáo trước ngày 15/9.",
      ),
    ).toEqual([{ kind: "date", value: "2021-09-15", before: true }]);
  });

  it("comes from a portal's publication stamp (with its hour, or 'Cập nhật'), never from a bare date at the top", () => {
    expect(deadlines("Tin bài\n\n20/08/2024 09:12 AM\n\nGiao Sở Tài chính báo cáo trước ngày 15/9.")).toEqual([
      { kind: "date", value: "2024-09-15", before: true },
    ]);
    expect(deadlines("Cập nhật: 19/11/2020\n\nGiao Sở Tài chính báo cáo trước ngày 15/1.")).toEqual([
      { kind: "date", value: "2021-01-15", before: true },
    ]);
    expect(deadlines("Thứ năm 28/11/2024\nin trang\nGiao Sở Tài chính báo cáo trước ngày 15/9.")).toEqual([{ kind: "none", value: null }]);
  });
});

describe("sentences that assign nothing", () => {
  it("a cited title ('… Văn bản số … về thông báo Kết luận của …') does not make the task a closing formula", () => {
    expect(
      leads(
        "Theo đó, UBND tỉnh yêu cầu các cơ quan, đơn vị triển khai các nội dung tại Văn bản số 25/TB-VPCP về thông báo Kết luận của Phó Thủ tướng.",
      ),
    ).toEqual([["Các cơ quan, đơn vị"]]);
    expect(leads("Văn phòng UBND tỉnh thông báo kết luận của Chủ tịch UBND tỉnh để Sở Tài chính biết, thực hiện.")).toEqual([]);
  });

  it("a citizen's petition quoted before the answer is not a task; the answer is", () => {
    const body = [
      "Trả lời đề nghị của ông Nguyễn Văn An ở thôn Bản Chu: Đề nghị UBND tỉnh sớm chỉ đạo giải quyết việc cấp nước sinh hoạt.",
      "UBND tỉnh giao Sở Xây dựng kiểm tra, báo cáo UBND tỉnh trong tháng 12/2025.",
    ].join("\n");
    expect(leads(body)).toEqual([["Sở Xây dựng"]]);
  });

  it("background cited from another text ('Theo Công văn số … thì …') is not a task, even under an introduction", () => {
    const body = [
      "Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh thực hiện một số nội dung sau:",
      "1. Khẩn trương rà soát, lập danh sách các hộ gia đình.",
      "2. Theo Công văn số 120/BTC ngày 30/10/2025 của Bộ Tài chính thì kinh phí năm 2025 mới được tạm ứng 50%.",
    ].join("\n");
    expect(leads(body)).toEqual([["Ủy ban nhân dân các tỉnh"]]);
  });
});

describe("the time of a task", () => {
  it("a time in the purpose clause before the leads ('Để … trong năm 2025, X đề nghị Y …') is not the task's deadline", () => {
    const [task] = read(
      "Theo đó, để chuẩn bị tổng kết tình hình trong năm 2025, Bộ Xây dựng đề nghị Sở Xây dựng các tỉnh thực hiện báo cáo.",
    );
    expect(task?.deadline.kind).toBe("none");
  });

  it("the deadline of a task detailed by bullets ('Cụ thể:') is found past a caption between them", () => {
    const body = [
      "Bộ Xây dựng đề nghị Sở Xây dựng các tỉnh thực hiện báo cáo. Cụ thể:",
      "- Báo cáo tình hình phát triển nhà ở theo các biểu mẫu.",
      "Ảnh chụp một phần biểu mẫu",
      "- Yêu cầu gửi biểu mẫu về Bộ Xây dựng trước ngày 20/01/2026.",
    ].join("\n");
    const tasks = read(body);
    expect(tasks.map((t) => [t.lead, t.deadline])).toEqual([
      [["Sở Xây dựng các tỉnh"], { kind: "date", value: "2026-01-20", before: true }],
    ]);
  });

  it("abbreviations after abbreviations stay in one body ('các Ban Quản lý KCN, KKT các tỉnh')", () => {
    expect(leads("Bộ Kế hoạch và Đầu tư đề nghị các Ban Quản lý KCN, KKT các tỉnh rà soát số liệu trong tháng 12/2025.")).toEqual([
      ["Các Ban Quản lý KCN, KKT các tỉnh"],
    ]);
  });
});

describe("items and standing duties in Government conclusions", () => {
  it("'(i)', '(ii)' items under 'Giao X:' are X's tasks", () => {
    const body = [
      "3. Giao Bộ Công an:",
      "(i) bảo đảm an ninh trật tự tại các công trường;",
      "(ii) xử lý nghiêm các hành vi cản trở thi công.",
    ].join("\n");
    expect(read(body).map((t) => [t.lead, t.deadline.kind])).toEqual([
      [["Bộ Công an"], "continuous"],
      [["Bộ Công an"], "continuous"],
    ]);
  });

  it("'liên quan' closes a collective: what follows it is the task", () => {
    const [task] = read("Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan cân đối, bố trí đủ vốn cho các dự án.");
    expect(task?.coordinators).toEqual(["các bộ, cơ quan liên quan"]);
  });
});

describe("persons among groups", () => {
  it("a person by title after a comma opens another lead, even after an open group ('các ban, ngành, Chủ tịch …')", () => {
    expect(leads("Yêu cầu Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện nghiêm túc thực hiện Chỉ thị này.")).toEqual([
      ["Thủ trưởng các ban, ngành", "Chủ tịch UBND các huyện"],
    ]);
  });
});

describe("offices and units", () => {
  it("'Văn phòng HĐND và UBND huyện' is one joint office, and a named office after a group is a lead of its own", () => {
    expect(leads("Giao các Ban, Văn phòng HĐND và UBND huyện chuẩn bị nội dung kỳ họp trong tháng 12/2025.")).toEqual([
      ["Các Ban", "Văn phòng HĐND và UBND huyện"],
    ]);
  });

  it("'bộ phận tham mưu' before the verb names the unit", () => {
    expect(leads("Yêu cầu các đơn vị, bộ phận tham mưu chủ động chuẩn bị nội dung kỳ họp.")).toEqual([["Các đơn vị, bộ phận tham mưu"]]);
    expect(leads("Giao Sở Nội vụ tham mưu UBND tỉnh ban hành quy chế trong tháng 12/2025.")).toEqual([["Sở Nội vụ"]]);
  });
});

describe("numbering", () => {
  it("'2.1.a.' and '2.1.b.' open parts of their own, so a line of one is not glued to the task before it", () => {
    const body = [
      "2.1. Bước 1:",
      "2.1.a. Thành lập tổ công tác:",
      "UBND các xã thành lập tổ công tác, gồm đại diện chính quyền cấp xã.",
      "2.1.b. Tiếp nhận hồ sơ:",
      "Các thôn tổ chức phổ biến chính sách đến người dân.",
    ].join("\n");
    expect(leads(body)).toEqual([["UBND các xã"], ["Các thôn"]]);
  });
});

describe("relative clauses and speakers", () => {
  it("a relative clause of a lead ('… có đường quốc lộ đi qua') is part of it; 'khẩn trương phối hợp với Y' names Y", () => {
    const [task] = read(
      "Yêu cầu Chủ tịch UBND các huyện có đường quốc lộ đi qua khẩn trương phối hợp với các cơ quan chức năng bàn giao mặt bằng trước ngày 10/12/2025.",
    );
    expect(task?.lead).toEqual(["Chủ tịch UBND các huyện có đường quốc lộ đi qua"]);
    expect(task?.coordinators).toEqual(["các cơ quan chức năng"]);
  });

  it("a speaker who praises or points out ('đánh giá cao', 'chỉ ra') is not the lead; whom he asks is", () => {
    expect(
      leads("Đồng chí Chủ tịch UBND huyện đánh giá cao tinh thần trách nhiệm của các phòng, ban và đề nghị các phòng tiếp tục phát huy."),
    ).toEqual([["Các phòng"]]);
    expect(leads("Đồng chí Chủ tịch UBND huyện đánh giá cao tinh thần trách nhiệm của các phòng chuyên môn.")).toEqual([]);
  });
});

describe("those who build", () => {
  it("consultants and units named by their role ('Tư vấn giám sát', 'Đơn vị thi công') are leads", () => {
    const body = [
      "1. Đối với dự án đường tỉnh 242:",
      "- Tư vấn giám sát tăng cường kiểm tra chất lượng công trình.",
      "- Đơn vị thi công bố trí đủ nhân lực, hoàn thành hạng mục cầu trong tháng 12/2025.",
    ].join("\n");
    expect(read(body).map((t) => [t.lead, t.deadline.kind])).toEqual([
      [["Tư vấn giám sát"], "continuous"],
      [["Đơn vị thi công"], "month"],
    ]);
  });
});

describe("a collective expanded after a colon", () => {
  it("'Giao các đơn vị: A, B, C …' makes A, B and C the leads", () => {
    expect(leads("Giao các đơn vị: Sở Tư pháp, Sở Xây dựng, Công an tỉnh rà soát hồ sơ trong tháng 12/2025.")).toEqual([
      ["Sở Tư pháp", "Sở Xây dựng", "Công an tỉnh"],
    ]);
  });
});

describe("guards", () => {
  it("'…; Y có trách nhiệm phối hợp' helps the task before it; 'Phòng, chống …' is no body", () => {
    expect(leads("Giao Sở Xây dựng chủ trì rà soát hồ sơ; Sở Tư pháp có trách nhiệm phối hợp thực hiện.")).toEqual([["Sở Xây dựng"]]);
    expect(leads("Phòng, chống thiên tai là nhiệm vụ thường xuyên của các cấp.")).toEqual([]);
  });

  it("a step's deadline line dates every duty of the step, its items without a lead of their own included", () => {
    const body = [
      "2. Bước 1: Sở Xây dựng thực hiện các nội dung sau:",
      "a) Rà soát hồ sơ các dự án.",
      "b) Lập danh sách các hộ gia đình.",
      "Thời gian hoàn tất: trước ngày 27/6/2026.",
    ].join("\n");
    expect(read(body).map((t) => t.deadline)).toEqual([
      { kind: "date", value: "2026-06-27", before: true },
      { kind: "date", value: "2026-06-27", before: true },
    ]);
  });
});
