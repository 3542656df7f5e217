/** The land clearance figures of the seeds, as ledger entries (cumulative as of their date). */
export const seedLandClearance = [
  {
    zoneId: "kcn-vsip-lang-son",
    unitId: "huyen-huu-lung", // reported by the district before the 2025 reorganisation
    // 002 is an undated article of 2024: the figures are "of 2024", counted from the year's last day
    reportedOn: "2024-12-31",
    reportedPeriod: "2024",
    householdsCounted: 490,
    areaRecoveredHa: 57,
    documentId: "seed-002",
    note: "UBND huyện Hữu Lũng đã tổ chức kiểm đếm đối với hơn 490 trường hợp bị ảnh hưởng bởi dự án; hoàn thành giải phóng mặt bằng diện tích hơn 57ha",
  },
];
