import { AppError } from "@dondoc/domain";
import type { Context } from "hono";
import type { Config } from "../config";
import type { Database } from "../db/client";
import { fromZod } from "./errors";
import type { RouteDef } from "./route";

/** parse → authorize → handle → present, the same for every route. */
export async function runRoute(route: RouteDef, c: Context, deps: { database: Database; config: Config }): Promise<Response> {
  const query = route.query ? parse(route.query, c.req.query(), "Tham số truy vấn không hợp lệ.") : undefined;
  const params = route.params ? parse(route.params, c.req.param(), "Địa chỉ không hợp lệ.") : undefined;
  let body: unknown;
  if (route.body) {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw new AppError("invalid", "Nội dung gửi lên không phải JSON hợp lệ.");
    }
    body = parse(route.body, raw, "Dữ liệu gửi lên không hợp lệ.");
  }
  authorize(route);
  const result = await route.handler({
    query,
    body,
    params,
    db: deps.database.db,
    database: deps.database,
    config: deps.config,
    requestId: c.get("requestId" as never) as string,
    actor: "Người dùng web",
    c,
  });
  if (result instanceof Response) return result;
  return c.json(result as object, route.successStatus ?? 200);
}

function parse<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import("zod").ZodError } },
  value: unknown,
  message: string,
): T {
  const r = schema.safeParse(value);
  if (!r.success) throw fromZod(r.error, message);
  return r.data;
}

/** Deny by default. Until accounts exist (issue 3) every caller is anonymous and both levels are open. */
function authorize(route: RouteDef): void {
  switch (route.access) {
    case "public":
    case "registry:edit":
      return;
    default: {
      const unknownAccess: never = route.access;
      throw new AppError("forbidden", `Không có quyền (${String(unknownAccess)}).`);
    }
  }
}
