// The browser of this test is in New York: every date the app shows must still be Vietnam's.
process.env.TZ = "America/New_York";

import { formatDateTimeVi } from "@dondoc/domain";
import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DashboardPage } from "../features/dashboard/pages/dashboard-page";
import { mockFetch, renderPage } from "../test/render-page";
import { todayInVietnam } from "./today";

// 15:00 on 25/11/2026 in New York is 03:00 on 26/11/2026 in Lạng Sơn
const INSTANT = new Date("2026-11-25T20:00:00Z");

afterEach(() => vi.useRealTimers());

describe("dates in a browser outside Vietnam", () => {
  it("the test's browser really is in New York", () => {
    expect(INSTANT.getHours()).toBe(15);
    expect(INSTANT.getDate()).toBe(25);
  });

  it("times and today are Vietnam's", () => {
    vi.useFakeTimers({ now: INSTANT, toFake: ["Date"] });
    expect(todayInVietnam()).toBe("2026-11-26");
    expect(formatDateTimeVi("2026-11-25T20:00:00Z")).toBe("26/11/2026 03:00");
    expect(formatDateTimeVi(INSTANT)).toBe("26/11/2026 03:00");
  });

  it("the dashboard's 'changed since' is 30 days before Vietnam's today", async () => {
    vi.useFakeTimers({ now: INSTANT, toFake: ["Date"] });
    const fetch = mockFetch(() => ({ status: 500, body: { error: { code: "internal", message: "thử", requestId: "t" } } }));
    renderPage(<DashboardPage />, { url: "/dashboard", path: "/dashboard" });
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const asked = new URL(String(fetch.mock.calls[0]?.[0]), "http://localhost");
    expect(asked.pathname).toBe("/api/dashboard");
    expect(asked.searchParams.get("since")).toBe("2026-10-27");
    expect(screen.getByDisplayValue("27/10/2026")).toBeTruthy(); // the picker shows the same day
  });
});
