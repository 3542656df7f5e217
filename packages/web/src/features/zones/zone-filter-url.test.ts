import { describe, expect, it } from "vitest";
import { changeFilter, filterFromSearch, searchFromFilter } from "./zone-filter-url";

describe("zone list filters in the query string", () => {
  it("gives the defaults for an empty query string", () => {
    expect(filterFromSearch(new URLSearchParams())).toEqual({ sort: "name", order: "asc", page: 1, pageSize: 50 });
  });

  it("reads every filter, numbers included", () => {
    const filter = filterFromSearch(
      new URLSearchParams(
        "kind=CCN&stage=established&phase=2021-2025&formerDistrict=huyen-huu-lung&commune=xa-tan-thanh&q=hoa%20son&sort=areaHa&order=desc&page=2&pageSize=20",
      ),
    );
    expect(filter).toEqual({
      kind: "CCN",
      stage: "established",
      phase: "2021-2025",
      formerDistrict: "huyen-huu-lung",
      commune: "xa-tan-thanh",
      q: "hoa son",
      sort: "areaHa",
      order: "desc",
      page: 2,
      pageSize: 20,
    });
  });

  it("ignores values that do not parse instead of failing", () => {
    const filter = filterFromSearch(new URLSearchParams("kind=XYZ&sort=price&page=-3&pageSize=abc&stage=operating"));
    expect(filter).toEqual({ stage: "operating", sort: "name", order: "asc", page: 1, pageSize: 50 });
  });

  it("writes only what differs from the defaults, and reads back the same filter", () => {
    const filter = filterFromSearch(new URLSearchParams("q=Hòa Sơn&sort=stage&page=3"));
    const params = searchFromFilter(filter);
    expect(params.toString()).toBe("q=H%C3%B2a+S%C6%A1n&sort=stage&page=3");
    expect(filterFromSearch(params)).toEqual(filter);
    expect(searchFromFilter({ sort: "name", order: "asc", page: 1, pageSize: 50 }).toString()).toBe("");
  });

  it("goes back to the first page when a filter changes, not when the page changes", () => {
    const current = filterFromSearch(new URLSearchParams("kind=CCN&page=3"));
    expect(changeFilter(current, { stage: "operating" }).page).toBe(1);
    expect(changeFilter(current, { page: 4 })).toMatchObject({ kind: "CCN", page: 4 });
    expect(changeFilter(current, { kind: undefined })).not.toHaveProperty("kind");
  });
});
