import { describe, expect, it } from "vitest";
import { cleanLines } from "./clean-text";
import { readHeader } from "./header";
import { toParagraphs } from "./paragraphs";

const headerOf = (raw: string) => readHeader(toParagraphs(cleanLines(raw))).header;

describe("readHeader", () => {
  it("reads a decision: number, date, type, title and the TM. signature", () => {
    const raw = [
      "ỦY BAN NHÂN DÂN",
      "TỈNH LẠNG SƠN",
      "Số: 609/QĐ-UBND",
      "Lạng Sơn, ngày 10 tháng 3 năm 2025",
      "QUYẾT ĐỊNH",
      "Về việc ban hành Kế hoạch thực hiện Phương án phát triển cụm công nghiệp",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;",
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
      "Nơi nhận:",
      "- Như Điều 4;",
      "- Lưu: VT.",
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Đoàn Thanh Sơn",
    ].join("\n");
    expect(headerOf(raw)).toEqual({
      docType: "QĐ",
      number: "609/QĐ-UBND",
      issuedOn: "2025-03-10",
      issuer: "UBND tỉnh Lạng Sơn",
      signer: "Đoàn Thanh Sơn",
      signerAuthority: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
      title: "Về việc ban hành Kế hoạch thực hiện Phương án phát triển cụm công nghiệp",
    });
  });

  it("reads a draft with blanks: no number, no day", () => {
    const raw = [
      "Số: /TB-UBND",
      "",
      "Lạng Sơn, ngày      tháng 6 năm 2026",
      "",
      "THÔNG BÁO",
      "",
      "Kết luận của đồng chí Đinh Hữu Học tại cuộc kiểm tra",
      "",
      "Ngày 29/5/2026, đồng chí Đinh Hữu Học đã kiểm tra thực tế.",
      "",
      "Nơi nhận:",
      "- Lưu: VT.",
      "",
      "**TL. CHỦ TỊCH",
      "CHÁNH VĂN PHÒNG**",
      "",
      "Nguyễn Văn Hà",
    ].join("\n");
    expect(headerOf(raw)).toMatchObject({
      docType: "TB",
      number: null,
      issuedOn: "2026-06",
      issuer: "UBND tỉnh Lạng Sơn (Văn phòng)",
      signer: "Nguyễn Văn Hà",
      signerAuthority: "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG",
      title: "Kết luận của đồng chí Đinh Hữu Học tại cuộc kiểm tra",
    });
  });

  it("takes the type from the title line and the issuer from a KT. signature when there is no number", () => {
    const raw = [
      "THÔNG BÁO",
      "Họp đánh giá tình hình thực hiện Kế hoạch số 116/KH-UBND",
      "Thực hiện Chương trình công tác, Thuế tỉnh Lạng Sơn báo cáo.",
      "Nơi nhận:",
      "- Lưu: VT.",
      "KT. CHÁNH VĂN PHÒNG",
      "PHÓ CHÁNH VĂN PHÒNG",
      "Dương Công Hiệp",
    ].join("\n");
    expect(headerOf(raw)).toMatchObject({
      docType: "TB",
      number: null,
      issuedOn: null,
      issuer: "Văn phòng UBND tỉnh Lạng Sơn",
      signer: "Dương Công Hiệp",
      signerAuthority: "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG",
    });
  });

  it("returns an empty header for text that is not a document", () => {
    expect(headerOf("lorem ipsum\n12345")).toEqual({
      docType: null,
      number: null,
      issuedOn: null,
      issuer: null,
      signer: null,
      signerAuthority: null,
      title: null,
    });
  });

  it("reads the number and the date from the cells of a layout table", () => {
    const header = headerOf(
      "| BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 2214/BXD-QLN | Hà Nội, ngày 23 tháng 10 năm 2013 |\nKính gửi: Ủy ban nhân dân các tỉnh",
    );
    expect([header.number, header.issuedOn]).toEqual(["2214/BXD-QLN", "2013-10-23"]);
  });
});
