import { describe, expect, it } from "vitest";
import { cleanLines, fixTypos, stripInlineNoise } from "./clean-text";
import { toParagraphs } from "./paragraphs";

const paragraphsOf = (raw: string) => toParagraphs(cleanLines(raw));

describe("stripInlineNoise", () => {
  it.each([
    ["vào khu **công nghiệp**¹.", "vào khu công nghiệp."],
    ["các CCN đã phù hợp quy hoạch liên quan[[7]], thuận lợi", "các CCN đã phù hợp quy hoạch liên quan, thuận lợi"],
    ["điều chỉnh cục bộ một số quy hoạch1 để phục vụ", "điều chỉnh cục bộ một số quy hoạch để phục vụ"],
    ["đoạn Km18 - Km80 đi qua Khu KTCK", "đoạn Km18 - Km80 đi qua Khu KTCK"],
    ["Cụm công nghiệp Hoà Sơn 1", "Cụm công nghiệp Hòa Sơn 1"],
    ["  nhiều    khoảng   trắng  ", "nhiều khoảng trắng"],
  ])("%s → %s", (input, expected) => {
    expect(stripInlineNoise(input)).toBe(expected);
  });
});

describe("fixTypos", () => {
  it("fixes a known typo, also when a line break split it", () => {
    expect(fixTypos("phối hợp với các cơ quan liên qua rà soát")).toBe("phối hợp với các cơ quan liên quan rà soát");
    expect(fixTypos("các cơ quan liên quan")).toBe("các cơ quan liên quan");
    expect(paragraphsOf("phối hợp với các cơ quan liên\nqua rà soát.")).toEqual(["phối hợp với các cơ quan liên quan rà soát."]);
  });
});

describe("cleanLines and toParagraphs", () => {
  it("drops footnote bodies that start with a marker and rejoins the sentence they interrupted", () => {
    const raw = [
      "- Sở Tài chính tăng cường hướng dẫn, bảo đảm phát triển công nghiệp xanh, hiện đại và bền vững",
      "",
      "¹ Thông báo số 440/TB-VP ngày 01/11/2025 của Văn phòng UBND tỉnh.",
      "",
      "của tỉnh.",
      "",
      "5. Nhiệm vụ chung",
    ].join("\n");
    expect(paragraphsOf(raw)).toEqual([
      "- Sở Tài chính tăng cường hướng dẫn, bảo đảm phát triển công nghiệp xanh, hiện đại và bền vững của tỉnh.",
      "5. Nhiệm vụ chung",
    ]);
  });

  it("drops the footnote area at the foot of a PDF page", () => {
    const raw = [
      "đã tổ chức điều chỉnh cục bộ một số quy hoạch1 để phục vụ triển khai các dự án. ",
      "",
      " ".repeat(49),
      "1 Quyết định số 240/QĐ-UBND ngày 22/01/2025 về điều chỉnh cục bộ Quy hoạch phân khu ",
      "",
      "tỷ lệ 1/2000 (các vị trí thuộc khu vực cửa khẩu quốc tế Hữu ",
      " - Hạ tầng trong Khu KTCK tiếp tục được đầu tư. ",
    ].join("\n");
    expect(paragraphsOf(raw)).toEqual([
      "đã tổ chức điều chỉnh cục bộ một số quy hoạch để phục vụ triển khai các dự án.",
      "- Hạ tầng trong Khu KTCK tiếp tục được đầu tư.",
    ]);
  });

  it("joins the lines of a double-spaced PDF text and splits at blank-with-space lines", () => {
    const raw = [
      "Kết luận của đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh tại cuộc họp sơ ",
      "",
      "kết 6 tháng đầu năm của Ban Chỉ đạo Xây dựng Khu KTCK Đồng Đăng - Lạng Sơn",
      " ",
      "Ngày 09/7/2025, đồng chí Hồ Tiến Thiệu chủ trì cuộc họp theo Kế hoạch số 31/KH-",
      "",
      "BCĐ ngày 14/02/2025 và các văn bản liên quan khác của Ban Chỉ đạo.",
    ].join("\n");
    expect(paragraphsOf(raw)).toEqual([
      "Kết luận của đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh tại cuộc họp sơ kết 6 tháng đầu năm của Ban Chỉ đạo Xây dựng Khu KTCK Đồng Đăng - Lạng Sơn",
      "Ngày 09/7/2025, đồng chí Hồ Tiến Thiệu chủ trì cuộc họp theo Kế hoạch số 31/KH-BCĐ ngày 14/02/2025 và các văn bản liên quan khác của Ban Chỉ đạo.",
    ]);
  });

  it("drops page numbers and a passage the extraction repeated", () => {
    const passage = [
      "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
      "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
      "TM.",
    ];
    const raw = [...passage, "- 2 -", "Trang 3", ...passage].join("\n");
    expect(paragraphsOf(raw)).toEqual(passage);
  });

  it("keeps a short line that legitimately recurs", () => {
    const chair = "- Đồng chí Đinh Hữu Học, Phó Chủ tịch UBND tỉnh - Chủ trì;";
    const raw = ["1. Thành phần:", chair, "", "2. Thành phần:", chair].join("\n");
    expect(paragraphsOf(raw).filter((p) => p === chair)).toHaveLength(2);
  });

  it("never reads a table cell as part of a sentence", () => {
    expect(
      paragraphsOf("CCN Hồ Sơn 1, huyện Hữu Lũng |\nCông ty CP đầu tư công nghiệp Gia Định Miền Bắc |\nsố 123/QĐ-UBND |"),
    ).toHaveLength(3);
  });

  it("returns nothing for empty or binary input", () => {
    expect(paragraphsOf("")).toEqual([]);
    expect(paragraphsOf("\u0000\u0001\u0002\ufffd\n\n")).toEqual([]);
  });
});
