import type { ZoneList, ZoneSummary } from "@dondoc/domain";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockFetch, referenceAnswer, renderPage } from "../../../test/render-page";
import { ZoneListPage } from "./zone-list-page";

const zone = (id: string, name: string, areaHa: number, totalInvestmentMillionVnd: number): ZoneSummary => ({
  id,
  kind: "CCN",
  name,
  stage: "inviting-investors",
  phase: "2021-2025",
  fundingSource: "non-budget",
  formerDistrict: { id: "huyen-huu-lung", name: "Huyện Hữu Lũng" },
  communes: [{ id: "xa-tan-thanh", name: "Xã Tân Thành", basis: "name" }],
  areaHa,
  industrialLandHa: null,
  leasedLandHa: null,
  occupancy: null,
  totalInvestmentMillionVnd,
  investor: null,
  establishmentDecision: null,
  location: null,
});

const page: ZoneList = {
  items: [zone("ccn-hoa-son-1", "CCN Hòa Sơn 1", 74.9, 724756), zone("ccn-hoa-son-3", "CCN Hòa Sơn 3", 30, 300000)],
  total: 2,
  totals: { count: 2, areaHa: 1156.77, totalInvestmentMillionVnd: 4050805 },
};

describe("zone list page", () => {
  it("shows the rows and the totals of what the API matched, in Vietnamese formats", async () => {
    const fetchMock = mockFetch((url) => (url.pathname === "/api/zones" ? { body: page } : referenceAnswer(url)));
    renderPage(<ZoneListPage />, { url: "/zones?q=hoa%20son&sort=areaHa&order=desc", path: "/zones" });

    const table = await screen.findByTestId("zone-table");
    expect(await within(table).findByText("CCN Hòa Sơn 1")).toBeTruthy();
    expect(within(table).getByText("CCN Hòa Sơn 3")).toBeTruthy();
    expect(within(table).getByText("74,9")).toBeTruthy();
    expect(within(table).getByText("724.756")).toBeTruthy();
    expect(screen.getByTestId("zone-summary").textContent).toBe(
      "2 khu, cụm · tổng diện tích 1.156,77 ha · tổng mức đầu tư 4.050.805 triệu đồng",
    );

    const listCall = fetchMock.mock.calls
      .map(([input]) => new URL(String(input), "http://localhost"))
      .find((u) => u.pathname === "/api/zones");
    expect(listCall?.searchParams.get("q")).toBe("hoa son");
    expect(listCall?.searchParams.get("sort")).toBe("areaHa");
    expect(listCall?.searchParams.get("order")).toBe("desc");
    expect(screen.getByTestId("zone-export").getAttribute("href")).toBe("/api/zones.xlsx?q=hoa+son&sort=areaHa&order=desc");
  });

  it("puts the search text into the query string", async () => {
    mockFetch((url) => (url.pathname === "/api/zones" ? { body: page } : referenceAnswer(url)));
    renderPage(<ZoneListPage />, { url: "/zones?page=2", path: "/zones" });
    await userEvent.type(screen.getByRole("searchbox"), "ho son{Enter}");
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/zones?q=ho+son"));
  });

  it("shows the server's message when the list cannot be loaded", async () => {
    mockFetch((url) =>
      url.pathname === "/api/zones"
        ? { status: 422, body: { error: { code: "invalid", message: "Tham số truy vấn không hợp lệ.", requestId: "r-1" } } }
        : referenceAnswer(url),
    );
    renderPage(<ZoneListPage />, { url: "/zones", path: "/zones" });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Tham số truy vấn không hợp lệ.");
    expect(alert.textContent).toContain("r-1");
  });
});
