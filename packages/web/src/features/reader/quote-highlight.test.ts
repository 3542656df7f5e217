import { describe, expect, it } from "vitest";
import { findQuote, highlightSegments } from "./quote-highlight";

const text = [
  "3. Đối với Dự án Khu công nghiệp VSIP Lạng Sơn",
  "Giao Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh tiến độ triển khai các công trình hạ tầng kỹ thuật ngoài hàng rào, đáp ứng yêu cầu vận hành và thu hút đầu tư vào khu **công nghiệp**¹.",
  "",
  "Sở Tài chính, Ban Quản lý Khu kinh tế cửa khẩu Đông Đăng - Lạng Sơn tăng cường hướng dẫn nhà đầu tư; [[4]] quản lý chặt chẽ các dự án thứ cấp tại Hoà Sơn.",
].join("\n");

describe("finding a task's quote in the document text", () => {
  it("finds it exactly", () => {
    const quote = "Giao Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh";
    const found = findQuote(text, quote);
    expect(found && text.slice(...found)).toBe(quote);
  });

  it("finds it through markdown, footnote markers, another tone placement and line breaks", () => {
    const quote =
      "Giao Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh tiến độ triển khai các công trình hạ tầng kỹ thuật ngoài hàng rào, đáp ứng yêu cầu vận hành và thu hút đầu tư vào khu công nghiệp.";
    const found = findQuote(text, quote);
    expect(found && text.slice(...found)).toMatch(/^Giao Ban Quản lý .* vào khu \*\*công nghiệp$/s);
    const other = findQuote(
      text,
      "Sở Tài chính, Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn tăng cường hướng dẫn nhà đầu tư; quản lý chặt chẽ các dự án thứ cấp tại Hòa Sơn.",
    );
    expect(other && text.slice(...other)).toMatch(/^Sở Tài chính.*\[\[4\]\] quản lý chặt chẽ các dự án thứ cấp tại Hoà Sơn$/s);
  });

  it("finds nothing for a quote that is not there, too short or missing", () => {
    expect(findQuote(text, "Giao Sở Xây dựng rà soát quy hoạch chung")).toBeNull();
    expect(findQuote(text, "Giao")).toBeNull();
    expect(findQuote(text, null)).toBeNull();
  });

  it("cuts the text into plain runs and numbered quotes, in the text's order, without losing a character", () => {
    const segments = highlightSegments(text, ["Sở Tài chính, Ban Quản lý Khu kinh tế", null, "Đối với Dự án Khu công nghiệp VSIP"]);
    expect(segments.map((s) => s.task)).toEqual([null, 2, null, 0, null]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.every((s) => text.startsWith(s.text, s.start))).toBe(true);
  });

  it("leaves out a quote that overlaps an earlier one", () => {
    const segments = highlightSegments(text, ["Giao Ban Quản lý dự án đầu tư", "Quản lý dự án đầu tư xây dựng tỉnh"]);
    expect(segments.filter((s) => s.task !== null).map((s) => s.task)).toEqual([0]);
  });
});
