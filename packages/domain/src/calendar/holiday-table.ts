/**
 * The Government's yearly decisions on days off (Labour Code 2019, Art. 112(3)), one entry per
 * year. Everything not listed for a year is derived by rule (holiday-rules.ts): the default Tết
 * days, the day next to 2/9, compensating days. Each entry names its source; "derived by rule"
 * marks an entry written out by hand from the rule, kept so that a reviewer sees the whole year
 * (holidays.test.ts checks that these entries agree with the rule).
 *
 * Sources were checked against press reports of the Government Office (VPCP) letters; verify
 * against the letter itself before relying on an entry for a legal deadline.
 */
import type { IsoDate } from "./iso-date";

export interface HolidayYearDecisions {
  /** The five official Tết days (art. 112(1)(b)), chosen by the Prime Minister. */
  tetDays?: { dates: readonly IsoDate[]; source: string };
  /** The day off next to 2/9 (1/9 or 3/9). */
  nationalDayAdjacent?: { date: IsoDate; source: string };
  /** Compensating days (nghỉ bù); when absent they are derived by rule. */
  compensating?: ReadonlyArray<{ date: IsoDate; for: IsoDate; source: string }>;
  /** A working day given off (hoán đổi) in exchange for a weekend day worked (làm bù). */
  swaps?: ReadonlyArray<{ dayOff: IsoDate; workday: IsoDate; source: string }>;
}

export type HolidayTable = Readonly<Record<number, HolidayYearDecisions>>;

const DERIVED = "derived by rule";

export const vietnamHolidayTable: HolidayTable = {
  2024: {
    tetDays: {
      dates: ["2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12"],
      source: "Phương án Bộ LĐ-TB&XH được Thủ tướng đồng ý: 2 ngày trước và 3 ngày sau mùng 1; nghỉ 08/02–14/02/2024",
    },
    compensating: [
      { date: "2024-02-13", for: "2024-02-10", source: `${DERIVED} (khớp lịch nghỉ 08/02–14/02/2024 đã công bố)` },
      { date: "2024-02-14", for: "2024-02-11", source: `${DERIVED} (khớp lịch nghỉ 08/02–14/02/2024 đã công bố)` },
    ],
    swaps: [
      {
        dayOff: "2024-04-29",
        workday: "2024-05-04",
        source: "Công văn 2450/VPCP-KGVX ngày 12/4/2024: nghỉ 27/4–01/5/2024, làm bù thứ Bảy 04/5/2024",
      },
    ],
    nationalDayAdjacent: {
      date: "2024-09-03",
      source: "Thủ tướng đồng ý phương án Bộ LĐ-TB&XH: nghỉ Quốc khánh 31/8–03/9/2024 (2/9 và ngày liền kề sau)",
    },
  },
  2025: {
    tetDays: {
      dates: ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"],
      source: "Công văn 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025, gồm 5 ngày Tết và 4 ngày nghỉ hằng tuần",
    },
    swaps: [
      {
        dayOff: "2025-05-02",
        workday: "2025-04-26",
        source: "Công văn 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 30/4–04/5/2025, làm bù thứ Bảy 26/4/2025",
      },
    ],
    nationalDayAdjacent: {
      date: "2025-09-01",
      source: "Công văn 8726/VPCP-KGVX ngày 26/11/2024: nghỉ Quốc khánh 30/8–02/9/2025",
    },
  },
  2026: {
    swaps: [
      {
        dayOff: "2026-01-02",
        workday: "2026-01-10",
        source: "Công văn 12729/VPCP-KGVX ngày 25/12/2025: nghỉ 01/01–04/01/2026, làm bù thứ Bảy 10/01/2026",
      },
    ],
    tetDays: {
      dates: ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"],
      source: "Phương án Bộ Nội vụ được Chính phủ chốt: nghỉ 14/02–22/02/2026 (27 tháng Chạp đến mùng 6 tháng Giêng)",
    },
    compensating: [
      {
        date: "2026-04-27",
        for: "2026-04-26",
        source: `${DERIVED} (Giỗ Tổ Hùng Vương rơi vào Chủ nhật; báo Thanh Niên 23/02/2026 xác nhận nghỉ bù thứ Hai 27/4)`,
      },
    ],
    nationalDayAdjacent: { date: "2026-09-01", source: `${DERIVED} (chưa có quyết định của Thủ tướng khi lập bảng)` },
  },
  2027: {
    tetDays: {
      dates: ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"],
      source: `${DERIVED} (29 tháng Chạp Bính Ngọ và mùng 1–4 Đinh Mùi; chưa có quyết định)`,
    },
    compensating: [
      { date: "2027-02-10", for: "2027-02-06", source: DERIVED },
      { date: "2027-02-11", for: "2027-02-07", source: DERIVED },
      { date: "2027-05-03", for: "2027-05-01", source: DERIVED },
    ],
    nationalDayAdjacent: { date: "2027-09-03", source: `${DERIVED} (2/9 thứ Năm → nghỉ thêm thứ Sáu 3/9)` },
  },
};
