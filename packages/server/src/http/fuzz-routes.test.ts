import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../test/support/test-database";

/**
 * Every operation of the OpenAPI document, called as the admin (so that permissions let the input
 * reach the handler) with hostile values in each path parameter, each query parameter and each body
 * field, plus random JSON bodies: none may answer 5xx. A 5xx is a crash on user input.
 */
type Operation = {
  parameters: { name: string; in: "path" | "query" }[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
};

const hostileStrings = [
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "\u0000",
  "a\u0000b",
  "%",
  "x".repeat(3000),
  "-1",
  "1e309",
  "NaN",
  "' or 1=1--",
  "../../etc/passwd",
  "💥\u202e",
  "9999999999999999999999",
];
const hostileJson: unknown[] = [
  ...hostileStrings,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  0.1,
  null,
  true,
  [],
  [null],
  {},
  { "\u0000": 1 },
  { a: { b: { c: [1, "x"] } } },
];
const randomBodies = fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: 8, seed: 13 });

let t: TestContext;
let doc: { paths: Record<string, Record<string, Operation>> };
beforeAll(async () => {
  t = await createTestContext();
  doc = (await t.anonymous.get<typeof doc>("/api/openapi.json")).body;
});
afterAll(() => t.cleanup());

interface Probe {
  method: string;
  path: string;
  body?: string;
  contentType?: string;
}

function probesOf(method: string, template: string, op: Operation): Probe[] {
  const pathParams = op.parameters.filter((p) => p.in === "path").map((p) => p.name);
  const queryParams = op.parameters.filter((p) => p.in === "query").map((p) => p.name);
  const fill = (value: string) => pathParams.reduce((path, name) => path.replace(`{${name}}`, encodeURIComponent(value)), template);
  const probes: Probe[] = [];
  const base = fill("1");
  if (pathParams.length > 0) for (const v of hostileStrings) probes.push({ method, path: fill(v) });
  for (const name of queryParams) {
    for (const v of hostileStrings) probes.push({ method, path: `${base}?${new URLSearchParams({ [name]: v })}` });
    probes.push({ method, path: `${base}?${name}=%E0%A4%A` });
  }
  const json = op.requestBody?.content["application/json"];
  if (json) {
    const fields = Object.keys(json.schema.properties ?? {});
    for (const name of fields) for (const v of hostileJson) probes.push({ method, path: base, body: JSON.stringify({ [name]: v }) });
    for (const body of randomBodies) probes.push({ method, path: base, body: JSON.stringify(body) });
    probes.push({ method, path: base, body: '{"a":' });
    probes.push({ method, path: base, body: JSON.stringify(Object.fromEntries(fields.map((f) => [f, "\u0000"]))) });
  }
  if (op.requestBody?.content["multipart/form-data"]) {
    probes.push({
      method,
      path: base,
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK\u0003\u0004garbage\r\n--x--\r\n',
      contentType: "multipart/form-data; boundary=x",
    });
    probes.push({ method, path: base, body: "not multipart", contentType: "multipart/form-data; boundary=x" });
    probes.push({ method, path: base, body: "{}", contentType: "application/json" });
  }
  if (probes.length === 0) probes.push({ method, path: base });
  return probes;
}

async function send(client: Client, p: Probe): Promise<number> {
  const res = await client.request(p.path, {
    method: p.method.toUpperCase(),
    ...(p.body === undefined ? {} : { body: p.body, headers: { "content-type": p.contentType ?? "application/json" } }),
  });
  await res.arrayBuffer();
  return res.status;
}

describe("fuzzing every route of the OpenAPI document", () => {
  it("never answers 5xx", async () => {
    const failures: string[] = [];
    let count = 0;
    for (const [template, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        // signing out would end the admin session the other probes use; it is probed anonymously
        const client = template === "/api/auth/logout" ? t.anonymous : t.admin;
        for (const probe of probesOf(method, template, op)) {
          count += 1;
          const status = await send(client, probe);
          if (status >= 500)
            failures.push(`${status} ${probe.method.toUpperCase()} ${probe.path.slice(0, 120)} ${probe.body?.slice(0, 120) ?? ""}`);
        }
      }
    }
    expect(count).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 300_000);

  it("malformed page paths and NUL bytes are a 400 with a Vietnamese message", async () => {
    for (const path of ["/%", "/%E0%A4%A", "/api/zones/%00", "/api/zones?q=%00", "/cong-khai/%E0%A4%A"]) {
      const res = await t.anonymous.request(path);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^Địa chỉ không hợp lệ/);
    }
    const login = await t.anonymous.send<{ error: { message: string } }>("POST", "/api/auth/login", {
      username: "admin\u0000",
      password: "x",
    });
    expect(login.status).toBe(422);
    expect(login.body.error.message).toBe("Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL).");
  });

  it("impossible calendar dates are refused in Vietnamese", async () => {
    for (const path of [
      "/api/tasks?asOf=2026-02-30",
      "/api/dashboard?since=2026-13-01",
      "/api/units?validOn=0000-00-00",
      "/api/audit?from=2026-02-29",
    ]) {
      const res = await t.admin.get<{ error: { details: { message: string }[] } }>(path);
      expect({ path, status: res.status }).toEqual({ path, status: 422 });
      expect(res.body.error.details[0]?.message).toBe("Ngày phải có dạng YYYY-MM-DD và tồn tại");
    }
  });
});
