import { z } from "zod";
import type { RouteDef } from "./route";

function jsonSchema(schema: z.ZodType, io: "input" | "output" = "input"): unknown {
  try {
    return z.toJSONSchema(schema, { io, unrepresentable: "any" });
  } catch {
    return {};
  }
}

/** OpenAPI 3.1, generated from the route table and its zod schemas. */
export function openApiDocument(routes: RouteDef[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:([A-Za-z]+)/g, "{$1}");
    const querySchema = r.query ? (jsonSchema(r.query) as { properties?: Record<string, unknown>; required?: string[] }) : null;
    const parameters = [
      ...[...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } })),
      ...Object.entries(querySchema?.properties ?? {}).map(([name, schema]) => ({
        name,
        in: "query",
        required: querySchema?.required?.includes(name) ?? false,
        schema,
      })),
    ];
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[r.method] = {
      summary: r.summary,
      tags: [r.tag],
      "x-access": r.access,
      parameters,
      ...(r.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(r.body) } } } } : {}),
      ...(r.bodyKind === "multipart"
        ? {
            requestBody: {
              required: true,
              content: {
                "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } } } },
              },
            },
          }
        : {}),
      responses: {
        [String(r.successStatus ?? 200)]: { description: r.responseDescription ?? "Thành công" },
        "4XX": { description: "Lỗi dữ liệu hoặc quyền: { error: { code, message, details } } (tiếng Việt)" },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Đôn Đốc API",
      version: "0.1.0",
      description: "API của hệ thống theo dõi khu, cụm công nghiệp và đôn đốc nhiệm vụ tỉnh Lạng Sơn.",
    },
    paths,
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch] as string);

/** A readable page for people; tools get the JSON from the same address. */
export function renderApiDocs(routes: RouteDef[]): string {
  const rows = routes
    .map(
      (r) =>
        `<tr><td><code>${r.method.toUpperCase()}</code></td><td><code>${escapeHtml(r.path)}</code></td><td>${escapeHtml(r.summary)}</td><td>${r.access}</td></tr>`,
    )
    .join("");
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Đôn Đốc API</title>
<style>body{font-family:sans-serif;margin:2rem}td,th{padding:.3rem .6rem;border-bottom:1px solid #ddd;text-align:left}</style>
<h1>Đôn Đốc API</h1><p>Tài liệu OpenAPI (JSON): <a href="/api/openapi.json">/api/openapi.json</a></p>
<table><tr><th>Phương thức</th><th>Đường dẫn</th><th>Mô tả</th><th>Quyền</th></tr>${rows}</table></html>`;
}
