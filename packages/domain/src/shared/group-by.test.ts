import { describe, expect, it } from "vitest";
import { groupBy } from "./group-by";

describe("groupBy", () => {
  it("keeps each group in the rows' order and every key once", () => {
    const rows = [
      { z: "a", n: 1 },
      { z: "b", n: 2 },
      { z: "a", n: 3 },
    ];
    expect([...groupBy(rows, (r) => r.z)]).toEqual([
      ["a", [rows[0], rows[2]]],
      ["b", [rows[1]]],
    ]);
  });
});
