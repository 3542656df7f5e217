import type { ReaderRegistry } from "./types";

/** The agencies, people and zones the seed documents name, for the reader's tests. */

const agency = (id: string, name: string, kind: string, aliases: string[] = []) => ({ id, name, kind, aliases });
const commune = (id: string, name: string) => agency(id, `UBND xã ${name}`, "commune", [`Ủy ban nhân dân xã ${name}`]);

export const testRegistry: ReaderRegistry = {
  agencies: [
    agency("ubnd-tinh", "UBND tỉnh Lạng Sơn", "committee", ["UBND tỉnh"]),
    agency("van-phong-ubnd-tinh", "Văn phòng UBND tỉnh", "office", ["Văn phòng UBND tỉnh Lạng Sơn"]),
    agency("so-cong-thuong", "Sở Công Thương", "department"),
    agency("so-tai-chinh", "Sở Tài chính", "department", ["Sở Kế hoạch và Đầu tư"]),
    agency("so-nong-nghiep-va-moi-truong", "Sở Nông nghiệp và Môi trường", "department", ["Sở NN&MT", "Sở NNMT"]),
    agency("so-xay-dung", "Sở Xây dựng", "department"),
    agency("so-tu-phap", "Sở Tư pháp", "department"),
    agency("so-ngoai-vu", "Sở Ngoại vụ", "department"),
    agency("thanh-tra-tinh", "Thanh tra tỉnh", "department"),
    agency("cong-an-tinh", "Công an tỉnh", "police"),
    agency("thue-tinh", "Thuế tỉnh Lạng Sơn", "tax"),
    agency("bch-bdbp-tinh", "Ban Chỉ huy Bộ đội Biên phòng tỉnh", "military"),
    agency("bql-khu-ktck", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "board", [
      "Ban Quản lý Khu KTCK",
      "BQL Khu KTCK",
      "BQL Khu KTCK Đồng Đăng - Lạng Sơn",
    ]),
    agency("bqlda-dtxd-tinh", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "board", [
      "BQL DA đầu tư xây dựng tỉnh",
      "Ban Quản lý đầu tư xây dựng tỉnh",
    ]),
    agency("trung-tam-ptqd-tinh", "Trung tâm Phát triển quỹ đất tỉnh", "centre"),
    commune("ubnd-xa-huu-lung", "Hữu Lũng"),
    commune("ubnd-xa-tuan-son", "Tuấn Sơn"),
    commune("ubnd-xa-tan-thanh", "Tân Thành"),
    commune("ubnd-xa-cai-kinh", "Cai Kinh"),
    commune("ubnd-xa-thien-tan", "Thiện Tân"),
    commune("ubnd-xa-chi-lang", "Chi Lăng"),
    agency("cong-ty-vsip-lang-son", "Công ty TNHH VSIP Lạng Sơn", "company"),
    agency("cong-ty-gia-dinh-mien-bac", "Công ty cổ phần Đầu tư công nghiệp Gia Định Miền Bắc", "company", [
      "Công ty CP đầu tư công nghiệp Gia Định Miền Bắc",
    ]),
    agency(
      "lien-danh-tan-dai-nam",
      "Liên danh Công ty TNHH Đầu tư xây dựng Tân Đại Nam và Công ty cổ phần Xây dựng công nghiệp và Phát triển hạ tầng",
      "consortium",
      ["Liên danh Công ty TNHH ĐTXD Tân Đại Nam và Công ty CP Xây dựng công nghiệp và Phát triển hạ tầng"],
    ),
    agency("dinh-huu-hoc", "Đinh Hữu Học", "person"),
    agency("doan-thanh-son", "Đoàn Thanh Sơn", "person"),
    agency("ho-tien-thieu", "Hồ Tiến Thiệu", "person"),
  ],
  zones: [
    {
      id: "ccn-hoa-son-1",
      name: "CCN Hòa Sơn 1",
      kind: "CCN",
      aliases: ["Cụm công nghiệp Hòa Sơn 1"],
      investorAgencyId: "lien-danh-tan-dai-nam",
    },
    {
      id: "ccn-ho-son-1",
      name: "CCN Hồ Sơn 1",
      kind: "CCN",
      aliases: ["Cụm công nghiệp Hồ Sơn 1"],
      investorAgencyId: "cong-ty-gia-dinh-mien-bac",
    },
    {
      id: "kcn-vsip-lang-son",
      name: "KCN VSIP Lạng Sơn",
      kind: "KCN",
      aliases: ["Khu công nghiệp VSIP Lạng Sơn", "KCN VSIP"],
      investorAgencyId: "cong-ty-vsip-lang-son",
    },
    {
      id: "khu-ktck-dong-dang-lang-son",
      name: "Khu KTCK Đồng Đăng - Lạng Sơn",
      kind: "KKT",
      aliases: ["Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "Khu KTCK"],
      investorAgencyId: null,
    },
  ],
};
