import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { mockFetch, renderPage } from "../../../test/render-page";
import { ReportsPage } from "./reports-page";

const meetings = {
  items: [
    { id: "seed-001-m2", date: "2025-12-04", subject: "Tình hình triển khai dự án hạ tầng các khu, cụm công nghiệp", zoneIds: [] },
    { id: "seed-000-m1", date: "2026-05-29", subject: "CCN Hòa Sơn 1, CCN Hồ Sơn 1, KCN VSIP Lạng Sơn", zoneIds: ["ccn-hoa-son-1"] },
  ],
  total: 2,
};

describe("reports page", () => {
  it("links the monthly and annual reports in both formats and the briefing pack of the chosen meeting", async () => {
    mockFetch((url) =>
      url.pathname === "/api/meetings"
        ? { body: meetings }
        : { body: { items: [], total: 0, totals: { count: 0, areaHa: 0, totalInvestmentMillionVnd: 0 } } },
    );
    renderPage(<ReportsPage />, { url: "/reports", path: "/reports" });
    const month = dayjs()
      .subtract(dayjs().date() < 20 ? 1 : 0, "month")
      .format("YYYY-MM");
    expect((await screen.findByTestId("report-monthly-docx")).getAttribute("href")).toBe(
      `/api/reports/monthly?period=${month}&format=docx`,
    );
    expect(screen.getByTestId("report-monthly-xlsx").getAttribute("href")).toBe(`/api/reports/monthly?period=${month}&format=xlsx`);
    expect(screen.getByTestId("report-annual-xlsx").getAttribute("href")).toBe(`/api/reports/annual?year=${dayjs().year()}&format=xlsx`);

    const briefing = screen.getByTestId("briefing-docx");
    expect(briefing.getAttribute("href")).toBeNull();
    await userEvent.click(screen.getByRole("combobox"));
    // newest meeting first, labelled with its Vietnamese date
    const option = await screen.findByText("29/05/2026 — CCN Hòa Sơn 1, CCN Hồ Sơn 1, KCN VSIP Lạng Sơn");
    await userEvent.click(option);
    await waitFor(() =>
      expect(screen.getByTestId("briefing-docx").getAttribute("href")).toBe("/api/reports/briefing?meetingId=seed-000-m1"),
    );
  });
});
