import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";
import { textLine } from "./log";
import { startupLines } from "./server";

describe("what the server prints", () => {
  it("starts with the address, how to sign in and the data folder, in plain Vietnamese", () => {
    const lines = startupLines({
      url: "http://localhost:3000",
      oneTimePassword: "Abc-123-xyz",
      adminPassword: null,
      dataDir: "/srv/dondoc/data",
    });
    const text = lines.join("\n");
    expect(lines.filter(Boolean)[0]).toBe("  Đôn Đốc đang chạy: mở http://localhost:3000");
    expect(text).toContain("tài khoản admin, mật khẩu dùng một lần Abc-123-xyz");
    expect(text).toContain("/srv/dondoc/data");
    expect(text).not.toContain("{");
  });

  it("says where the admin's password comes from when none was printed", () => {
    const text = startupLines({ url: "http://x", oneTimePassword: null, adminPassword: "bí-mật-dài-đủ", dataDir: undefined }).join("\n");
    expect(text).toContain("DONDOC_ADMIN_PASSWORD");
    expect(text).not.toContain("bí-mật-dài-đủ");
    expect(text).toContain("PostgreSQL");
  });

  it("logs readable lines in Vietnam time by default, JSON with LOG_FORMAT=json", () => {
    const at = new Date("2026-11-25T03:02:03Z");
    expect(textLine(at, "warn", "Hết chỗ", { dataDir: "/d", n: 2 })).toBe("10:02:03 CẢNH BÁO Hết chỗ dataDir=/d n=2");
    expect(textLine(at, "info", "Xong")).toBe("10:02:03 Xong");
    expect(loadConfig({}).logFormat).toBe("text");
    expect(loadConfig({ LOG_FORMAT: "json" }).logFormat).toBe("json");
  });
});
