import { describe, expect, it } from "vitest";
import { targetVerdict } from "./targets";

describe("a plan target's verdict on a date", () => {
  const unmet = { computable: true, met: false };
  it("a 2030 target not yet met in 2026 is not due, not failed", () => {
    expect(targetVerdict(unmet, 2030, "2026-11-25")).toBe("not-due");
    expect(targetVerdict(unmet, 2030, "2030-12-31")).toBe("not-met");
  });
  it("a 2025 target unmet at the end of 2025 has failed; met is met whenever", () => {
    expect(targetVerdict(unmet, 2025, "2026-11-25")).toBe("not-met");
    expect(targetVerdict(unmet, 2025, "2025-06-30")).toBe("not-due");
    expect(targetVerdict({ computable: true, met: true }, 2030, "2026-01-01")).toBe("met");
  });
  it("what the registry cannot compute says so", () => {
    expect(targetVerdict({ computable: false, met: null }, 2030, "2031-01-01")).toBe("not-computable");
    expect(targetVerdict({ computable: true, met: null }, null, "2031-01-01")).toBe("no-data");
  });
});
