import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document";
import { testRegistry } from "./test-registry";

/** The structures of issue 15, each on a short text written for the test. */
const read = (body: string) => readDocument(`THÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh\n\n${body}\n`, testRegistry).tasks;
const leads = (body: string) => read(body).map((t) => t.lead);

describe("structures Vietnamese documents use", () => {
  it("reads the assigner before the verb: the leads follow 'yêu cầu' / 'giao' / 'đề nghị'", () => {
    expect(leads("Chủ tịch UBND tỉnh yêu cầu Sở Tài chính khẩn trương rà soát, báo cáo trước ngày 10/12/2025.")).toEqual([
      ["Sở Tài chính"],
    ]);
    expect(leads("Bộ Xây dựng đề nghị Sở Công Thương, Sở Xây dựng bố trí vốn theo danh sách.")).toEqual([
      ["Sở Công Thương", "Sở Xây dựng"],
    ]);
  });

  it("'Giao X chủ trì, phối hợp với Y, Z' → lead X, coordinators Y, Z", () => {
    const [task] = read("Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, Công an tỉnh rà soát hồ sơ dự án.");
    expect(task?.lead).toEqual(["Sở Xây dựng"]);
    expect(task?.coordinators).toEqual(["Sở Tài chính", "Công an tỉnh"]);
  });

  it("several leads separated by semicolons are one task with several leads", () => {
    expect(leads("Giao Sở Tài chính; Sở Xây dựng; Công an tỉnh báo cáo kết quả trước ngày 23/5/2026.")).toEqual([
      ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh"],
    ]);
  });

  it("a group that ends right before a semicolon keeps its last word", () => {
    expect(
      leads("Giao các sở, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố; Các Ban Quản lý dự án tỉnh báo cáo trước ngày 23/5/2026."),
    ).toEqual([["Các sở, ngành tỉnh", "Ủy ban nhân dân các huyện, thành phố", "Các Ban Quản lý dự án tỉnh"]]);
  });

  it("'các Sở: A, B', 'Ủy ban nhân dân các tỉnh: A, B, C', 'các bộ A, B' are one lead per member", () => {
    expect(leads("Giao các Sở: Tài chính, Xây dựng rà soát hồ sơ trong tháng 12/2025.")).toEqual([["Sở Tài chính", "Sở Xây dựng"]]);
    expect(leads("Đề nghị Ủy ban nhân dân các tỉnh: Cao Bằng, Bắc Kạn, Thái Nguyên phối hợp thực hiện.")).toEqual([
      ["UBND tỉnh Cao Bằng", "UBND tỉnh Bắc Kạn", "UBND tỉnh Thái Nguyên"],
    ]);
    expect(leads("Yêu cầu các bộ Công an, Quốc phòng báo cáo hỏa tốc về Văn phòng Chính phủ.")).toEqual([["Bộ Công an", "Bộ Quốc phòng"]]);
  });

  it("a person by title is a lead", () => {
    expect(leads("Giao Giám đốc Sở Xây dựng kiểm tra thực tế và báo cáo trong tháng 12/2025.")).toEqual([["Giám đốc Sở Xây dựng"]]);
  });

  it("a body outside the registry is kept as written and left unresolved, never resolved to a registry name", () => {
    const [task] = read("Giao Ủy ban nhân dân tỉnh Nghệ An chủ động rà soát danh sách các đối tượng.");
    expect(task?.lead).toEqual(["Ủy ban nhân dân tỉnh Nghệ An"]);
    expect(task?.leadResolved).toEqual([null]);
    const [ministry] = read("Yêu cầu Bộ Lao động - Thương binh và Xã hội khẩn trương hoàn thành việc ban hành Thông tư.");
    expect(ministry?.lead).toEqual(["Bộ Lao động - Thương binh và Xã hội"]);
    expect(ministry?.leadResolved).toEqual([null]);
  });

  it("a paragraph with two assigning sentences gives two tasks, each with its own deadline", () => {
    const tasks = read(
      "Giao các sở, ngành tỉnh báo cáo tình hình giải ngân. Yêu cầu gửi báo cáo trước ngày 23/5/2026. Giao Sở Tài chính chủ trì tổng hợp chung báo cáo. Yêu cầu hoàn thiện trước ngày 24/5/2026.",
    );
    expect(tasks.map((t) => [t.lead, t.deadline])).toEqual([
      [["Các sở, ngành tỉnh"], { kind: "date", value: "2026-05-23", before: true }],
      [["Sở Tài chính"], { kind: "date", value: "2026-05-24", before: true }],
    ]);
  });

  it("the leads of an introduction ending with ':' are inherited by the items under it", () => {
    const tasks = read(
      "Bộ Xây dựng đề nghị Sở Công Thương thực hiện một số nội dung sau đây:\n\n1. Khẩn trương lập, phê duyệt Đề án hỗ trợ và gửi về Bộ Xây dựng.\n\n2. Thường xuyên báo cáo tình hình thực hiện trước ngày 25 hàng tháng.",
    );
    expect(tasks.map((t) => [t.lead, t.deadline.kind])).toEqual([
      [["Sở Công Thương"], "asap"],
      [["Sở Công Thương"], "recurring-monthly"],
    ]);
  });

  it("a heading that names an agency ('Trách nhiệm của X', 'a) X:') gives its lead to the lines under it until the next heading", () => {
    const tasks = read(
      "1. Trách nhiệm của Sở Xây dựng\n\nHướng dẫn các địa phương triển khai thực hiện Quyết định này.\n\n2. Sở Tài chính\n\n- Bố trí kinh phí thực hiện trong năm 2026.",
    );
    expect(tasks.map((t) => t.lead)).toEqual([["Sở Xây dựng"], ["Sở Tài chính"]]);
  });

  it("'X: …' items name their lead before the colon", () => {
    expect(leads("2. Văn phòng UBND tỉnh: Phối hợp với Công an tỉnh tham mưu ban hành Quy chế.")).toEqual([["Văn phòng UBND tỉnh"]]);
  });

  it("an invitation's 'Đơn vị báo cáo: X' is a preparation duty of X", () => {
    expect(leads("* Đơn vị báo cáo: Sở Tài chính. Thời gian từ 08h00 đến 09h15")).toEqual([["Sở Tài chính"]]);
  });

  it("closing formulas and lists of names with nothing asked are not tasks", () => {
    expect(read("Văn phòng Chính phủ xin thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.")).toEqual([]);
    expect(read("Chủ tịch UBND xã Tân Thành, xã Hòa Sơn.")).toEqual([]);
  });

  it("verbs of assigning beyond 'Giao': Chỉ đạo, Phân công, 'có trách nhiệm', 'chịu trách nhiệm', 'tiếp tục chủ trì'", () => {
    expect(
      leads(
        "1. Chỉ đạo Thanh tra tỉnh kiểm tra việc chấp hành, báo cáo trong Quý I/2026.\n\n2. Phân công Sở Ngoại vụ làm đầu mối liên hệ.\n\n3. Sở Công Thương có trách nhiệm tổng hợp, báo cáo hằng quý.\n\n4. Sở Tư pháp chịu trách nhiệm thẩm định văn bản.\n\n5. Văn phòng UBND tỉnh tiếp tục chủ trì theo dõi, đôn đốc.",
      ),
    ).toEqual([["Thanh tra tỉnh"], ["Sở Ngoại vụ"], ["Sở Công Thương"], ["Sở Tư pháp"], ["Văn phòng UBND tỉnh"]]);
  });

  it("'X chỉ đạo Y …' leaves X the lead: X answers for directing Y", () => {
    expect(leads("Sở Xây dựng chỉ đạo Trung tâm Phát triển quỹ đất tỉnh rà soát hồ sơ, báo cáo trước ngày 20/12/2025.")).toEqual([
      ["Sở Xây dựng"],
    ]);
  });

  it("a person by title after 'đồng chí' is a lead, the words after the title are the task", () => {
    const [task] = read("Giao đồng chí Giám đốc Sở Xây dựng trực tiếp chỉ đạo xử lý dứt điểm.");
    expect(task?.lead).toEqual(["Đồng chí Giám đốc Sở Xây dựng"]);
    expect(task?.summary).toBe("Trực tiếp chỉ đạo xử lý dứt điểm");
  });

  it("groups, state groups and contractors outside the registry are kept as written and unresolved", () => {
    const [power, contractors] = read(
      "Đề nghị Bộ Công Thương, Tập đoàn Điện lực Việt Nam hỗ trợ đấu nối điện trong năm 2026. Các nhà thầu thi công bảo đảm an toàn lao động.",
    );
    expect(power?.lead).toEqual(["Bộ Công Thương", "Tập đoàn Điện lực Việt Nam"]);
    expect(power?.leadResolved).toEqual([null, null]);
    expect(contractors?.lead).toEqual(["Các nhà thầu thi công"]);
  });

  it("the closing article of a decision assigns nothing", () => {
    expect(
      read(
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, Ban, ngành có liên quan; Chủ tịch UBND các huyện căn cứ Quyết định thi hành.",
      ),
    ).toEqual([]);
  });
});

describe("sentences of a news-style paragraph", () => {
  it("a closing formula in one sentence does not hide the tasks of the others", () => {
    expect(
      leads(
        "UBND tỉnh ban hành Công văn về việc thông báo kết luận của Chủ tịch UBND tỉnh. Theo đó, UBND tỉnh yêu cầu Sở Xây dựng rà soát hồ sơ. Giao Công an tỉnh bảo đảm an ninh trước ngày 08/02/2026.",
      ),
    ).toEqual([["Sở Xây dựng"], ["Công an tỉnh"]]);
  });

  it("a closing sentence after a task (articles run together on one line) does not hide it", () => {
    expect(
      leads("Điều 3. Giao Văn phòng UBND tỉnh hướng dẫn việc thực hiện Quyết định này. Điều 4. Quyết định này có hiệu lực từ ngày ký."),
    ).toEqual([["Văn phòng UBND tỉnh"]]);
  });

  it("a sentence that opens with a lead-in ('Sau khi kiểm tra, …') and names its lead is a task of its own", () => {
    expect(
      leads("Sở Xây dựng kiểm tra hiện trạng nhà ở. Sau khi kiểm tra, Sở Tài chính lập danh sách gửi UBND tỉnh trước ngày 25/7/2026."),
    ).toEqual([["Sở Xây dựng"], ["Sở Tài chính"]]);
  });

  it("a former name the registry lists for an agency is kept as written, and still resolved", () => {
    const [task] = read("Giao Sở Kế hoạch và Đầu tư tổng hợp báo cáo trước ngày 24/5/2026.");
    expect(task?.lead).toEqual(["Sở Kế hoạch và Đầu tư"]);
    expect(task?.leadResolved.map((r) => r?.agencyId)).toEqual(["so-tai-chinh"]);
  });
});

describe("more ways leads are written", () => {
  it("'Giao cho X …'", () => {
    expect(leads("Giao cho Sở Xây dựng chủ trì tổ chức triển khai Quyết định này.")).toEqual([["Sở Xây dựng"]]);
  });

  it("'X có ý kiến chỉ đạo như sau: Giao Y …' makes Y the lead, not the speaker", () => {
    expect(
      leads("Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau: Giao Sở Tài chính giải trình trước ngày 05/12/2025."),
    ).toEqual([["Sở Tài chính"]]);
  });

  it("'UBND các huyện: A, B và C' is one lead per district", () => {
    const [task] = read("Giao Sở Tài chính chủ trì, phối hợp với UBND các huyện: Văn Lãng, Tràng Định và Bình Gia rà soát tài sản.");
    expect(task?.coordinators).toEqual(["UBND huyện Văn Lãng", "UBND huyện Tràng Định", "UBND huyện Bình Gia"]);
  });

  it("ministries keep the 'và' of their names: 'các bộ Kế hoạch và Đầu tư, Tài nguyên và Môi trường'", () => {
    expect(leads("Yêu cầu các bộ Kế hoạch và Đầu tư, Tài nguyên và Môi trường báo cáo trước ngày 12/02/2026.")).toEqual([
      ["Bộ Kế hoạch và Đầu tư", "Bộ Tài nguyên và Môi trường"],
    ]);
  });

  it("a group goes on over commas while the words after them name parts of it ('các đơn vị, bộ phận chuyên môn')", () => {
    expect(leads("Yêu cầu các đơn vị, bộ phận chuyên môn chủ động chuẩn bị các nội dung kỳ họp.")).toEqual([
      ["Các đơn vị, bộ phận chuyên môn"],
    ]);
  });

  it("a body's role after a dash ('- Cơ quan Thường trực Ban …') is not part of its name", () => {
    expect(
      leads("Giao Sở Xây dựng - Cơ quan Thường trực Ban An toàn giao thông tỉnh kiểm tra, tổng hợp kết quả trước ngày 08/02/2026."),
    ).toEqual([["Sở Xây dựng"]]);
  });

  it("a line that only names an agency (a byline) is not a task", () => {
    expect(read("Báo Lạng Sơn")).toEqual([]);
  });
});

describe("letters", () => {
  it("'quý Bộ' is the letter's addressee ('Kính gửi: …')", () => {
    const letter =
      "CÔNG VĂN\n\nKính gửi: Bộ Lao động - Thương binh và Xã hội\n\nVăn phòng Chính phủ đề nghị quý Bộ khẩn trương báo cáo tình hình thực hiện nhiệm vụ.\n";
    expect(readDocument(letter, testRegistry).tasks.map((t) => [t.lead, t.deadline.kind])).toEqual([
      [["Bộ Lao động - Thương binh và Xã hội"], "asap"],
    ]);
  });

  it("without one addressee 'quý Bộ' names nobody", () => {
    const letter = "CÔNG VĂN\n\nKính gửi:\n\n- Bộ Tài chính;\n\n- Bộ Xây dựng.\n\nĐề nghị quý Bộ báo cáo tình hình thực hiện.\n";
    expect(readDocument(letter, testRegistry).tasks).toEqual([]);
  });
});

describe("standing duties", () => {
  it("a duty that opens with directing others, or recurs every year without a day, is continuous", () => {
    expect(
      read(
        "1. Sở Xây dựng có trách nhiệm chỉ đạo các đơn vị trực thuộc tiếp nhận hồ sơ.\n\n2. Sở Tài chính có trách nhiệm bố trí ngân sách hằng năm để thực hiện chế độ.",
      ).map((t) => t.deadline.kind),
    ).toEqual(["continuous", "continuous"]);
  });

  it("carrying out the decision itself, urging others, doing something well are standing duties", () => {
    expect(
      read(
        "1. Sở Tư pháp phối hợp với các sở, ngành tổ chức triển khai thực hiện Quyết định này.\n\n2. Sở Nội vụ đôn đốc các cơ quan cập nhật hồ sơ.\n\n3. Sở Xây dựng tập trung thực hiện tốt công tác quản lý trật tự xây dựng.",
      ).map((t) => t.deadline.kind),
    ).toEqual(["continuous", "continuous", "continuous"]);
  });
});

describe("meeting invitations (giấy mời)", () => {
  const invitation = [
    "GIẤY MỜI",
    "Lạng Sơn, ngày 10 tháng 11 năm 2025",
    "Lãnh đạo UBND tỉnh tổ chức cuộc họp vào Thứ Hai, ngày 24/11/2025, từ 08h00 tại Phòng họp số 2, trụ sở UBND tỉnh.",
    "* Thành phần mời dự:",
    "- Giám đốc Sở Tài chính;",
    "- Chủ tịch UBND các xã: Hữu Lũng, Tuấn Sơn.",
    "Nội dung: nghe báo cáo tình hình các dự án.",
    "* Đơn vị báo cáo: Sở Tài chính.",
    "Sở Xây dựng chuẩn bị báo cáo tiến độ các dự án, gửi Văn phòng UBND tỉnh trước 02 ngày so với ngày họp.",
  ].join("\n\n");
  const proposal = readDocument(invitation, testRegistry);

  it("reads the meeting from the sentence that convenes it, which is not a task", () => {
    expect(proposal.meetings).toMatchObject([{ kind: "meeting", date: "2025-11-24", time: "08:00" }]);
  });

  it("guests are not tasks; preparation duties are, due at or before the meeting", () => {
    expect(proposal.tasks.map((t) => [t.lead, t.deadline])).toEqual([
      [["Sở Tài chính"], { kind: "date", value: "2025-11-24", inferred: "meeting start" }],
      [["Sở Xây dựng"], { kind: "date", value: "2025-11-22", inferred: "2 days before the meeting" }],
    ]);
  });
});
