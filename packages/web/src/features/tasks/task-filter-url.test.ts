import { describe, expect, it } from "vitest";
import { inboxFilterFromSearch, openingTab, searchFromInboxFilter, taskQueryOf } from "./task-filter-url";

describe("the inbox's address", () => {
  it("reads the tab and filters, ignoring what does not parse", () => {
    const filter = inboxFilterFromSearch(
      new URLSearchParams("tab=overdue&agency=so-cong-thuong&status=nope&asOf=2025-13&document=seed-001"),
    );
    expect(filter).toEqual({ tab: "overdue", agency: "so-cong-thuong", document: "seed-001" });
    expect(inboxFilterFromSearch(new URLSearchParams("tab=elsewhere")).tab).toBe("due-soon");
  });

  it("writes it back without the default tab", () => {
    expect(searchFromInboxFilter({ tab: "due-soon", document: "seed-004" }).toString()).toBe("document=seed-004");
    expect(searchFromInboxFilter({ tab: "all", status: "overdue", asOf: "2026-11-22" }).toString()).toBe(
      "tab=all&status=overdue&asOf=2026-11-22",
    );
  });

  it("asks the API for the tab's list: due soon and overdue by `due`, a status only on 'all'", () => {
    const filter = { tab: "all" as const, status: "done-on-time" as const, agency: "so-tai-chinh" };
    expect(taskQueryOf(filter)).toEqual({ agency: "so-tai-chinh", status: "done-on-time" });
    expect(taskQueryOf(filter, "overdue")).toEqual({ agency: "so-tai-chinh", due: "overdue" });
    expect(taskQueryOf({ tab: "due-soon", asOf: "2026-11-22" })).toEqual({ asOf: "2026-11-22", due: "due-soon" });
  });

  it("keeps the search words (NFC) in the address and sends them as q on every tab", () => {
    const filter = inboxFilterFromSearch(new URLSearchParams(`tab=overdue&q=${encodeURIComponent(" nu\u031bo\u031b\u0301c tha\u0309i ")}`));
    expect(filter).toEqual({ tab: "overdue", q: "nước thải" });
    expect(searchFromInboxFilter(filter).toString()).toBe(`tab=overdue&q=${encodeURIComponent("nước thải").replace(/%20/g, "+")}`);
    expect(taskQueryOf(filter)).toEqual({ due: "overdue", q: "nước thải" });
    expect(taskQueryOf(filter, "all")).toEqual({ q: "nước thải" });
  });

  it("opens on the overdue tab when it has items, else due soon, else all", () => {
    expect(openingTab({ overdue: 13, "due-soon": 0, all: 40 })).toBe("overdue");
    expect(openingTab({ overdue: 0, "due-soon": 2, all: 40 })).toBe("due-soon");
    expect(openingTab({ overdue: 0, "due-soon": 0, all: 40 })).toBe("all");
    expect(openingTab({ overdue: undefined, "due-soon": 0, all: 40 })).toBeNull();
  });
});
