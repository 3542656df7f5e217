import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ZoneProgressView } from "../../../api/progress-api";
import { mockFetch, referenceAnswer, renderPage } from "../../../test/render-page";
import { ZoneProgressTab } from "./zone-progress-tab";

const source = { documentId: "seed-003", label: "Quyết định số 609/QĐ-UBND ngày 10/03/2025", passage: "Chú thích 3", asOf: "2025-03-10" };
const progress = (canReport: boolean): ZoneProgressView => ({
  zoneId: "ccn-dia-phuong-so-2",
  asOf: "2026-11-23",
  canReport,
  milestones: [
    {
      zoneId: "ccn-dia-phuong-so-2",
      projectId: null,
      milestone: "wastewater-plant",
      label: "Nhà máy xử lý nước thải tập trung",
      plannedOn: "2026-06-30",
      actualOn: null,
      reportedOn: "2026-07-01",
      late: true,
      daysLate: 146,
      projectName: null,
      recordedBy: "Sở Công Thương",
      source: null,
    },
  ],
  lateMilestones: [],
  projects: [],
  occupancy: {
    leasedHa: 8.5,
    occupancy: 1,
    enterprises: 12,
    jobs: null,
    basis: "zone-figure",
    industrialLandHa: 8.5,
    zoneLeasedLandHa: 8.5,
    sources: { industrialLandHa: source, leasedLandHa: source, enterprises: source },
  },
  infrastructure: {
    wastewaterStatus: "none",
    wastewaterCapacityM3: null,
    wastewaterMonitoring: null,
    fireSafetyStatus: null,
    sources: { wastewaterStatus: source },
  },
  landClearance: { totals: {}, communes: 0, lastReportedOn: null },
});

const answer = (canReport: boolean) => (url: URL) =>
  url.pathname === "/api/zones/ccn-dia-phuong-so-2/progress" ? { body: progress(canReport) } : referenceAnswer(url);

describe("the zone's progress tab", () => {
  it("shows the computed occupancy with its basis, the wastewater status and a late milestone in red", async () => {
    mockFetch(answer(false));
    renderPage(<ZoneProgressTab zoneId="ccn-dia-phuong-so-2" />, { url: "/z", path: "/z" });
    expect((await screen.findByTestId("progress-occupancy")).textContent).toBe("100%");
    expect(screen.getByTestId("progress-basis").textContent).toContain("Đất đã cho thuê của khu, cụm");
    expect(screen.getByTestId("progress-enterprises").textContent).toBe("12");
    expect(screen.getByTestId("progress-wastewater").textContent).toBe("Chưa có");
    const late = within(screen.getByTestId("milestone-table")).getByTestId("milestone-late");
    expect(late.textContent).toBe("Chậm 146 ngày");
    expect(late.className).toContain("red");
    expect(screen.queryByTestId("add-milestone")).toBeNull();
    expect(screen.queryByTestId("progress-import")).toBeNull();
  });

  it("offers the forms and the monthly import to those who may report", async () => {
    mockFetch(answer(true));
    renderPage(<ZoneProgressTab zoneId="ccn-dia-phuong-so-2" />, { url: "/z", path: "/z" });
    expect(await screen.findByTestId("add-milestone")).toBeTruthy();
    expect(screen.getByTestId("add-project")).toBeTruthy();
    expect(screen.getByTestId("progress-template").getAttribute("href")).toBe("/api/progress/template.xlsx");
  });
});
