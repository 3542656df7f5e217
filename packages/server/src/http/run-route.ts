import { type Actor, AppError, roleCan } from "@dondoc/domain";
import type { Context } from "hono";
import { readActor } from "../auth/read-actor";
import { today } from "../clock";
import { fromZod } from "./errors";
import type { AppDeps, RouteDef } from "./route";

const anonymous: Actor = { id: "anonymous", name: "Khách (chưa đăng nhập)", role: "public", agencyId: null, registryKinds: [] };

/** parse → authorize → handle → present, the same for every route. Authorization happens here and only here. */
export async function runRoute(route: RouteDef, c: Context, deps: AppDeps): Promise<Response> {
  const auth = await deps.auth;
  const actor = await readActor(auth, deps.database.db, c.req.raw.headers);
  if (route.access !== "public") {
    if (!actor) throw new AppError("unauthenticated", "Bạn cần đăng nhập để dùng chức năng này.");
    if (actor.mustChangePassword && !route.beforePasswordChange) {
      throw new AppError("forbidden", "Bạn cần đổi mật khẩu dùng một lần trước khi tiếp tục.");
    }
    if (!roleCan(actor.role, route.access)) throw new AppError("forbidden", "Bạn không có quyền dùng chức năng này.");
  }
  const query = route.query ? parse(route.query, c.req.query(), "Tham số truy vấn không hợp lệ.") : undefined;
  const params = route.params ? parse(route.params, c.req.param(), "Địa chỉ không hợp lệ.") : undefined;
  let body: unknown;
  if (route.body) {
    if (!(c.req.header("content-type") ?? "").includes("application/json")) {
      throw new AppError("invalid", "Nội dung gửi lên phải là JSON (Content-Type: application/json).");
    }
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw new AppError("invalid", "Nội dung gửi lên không phải JSON hợp lệ.");
    }
    refuseNul(raw);
    body = parse(route.body, raw, "Dữ liệu gửi lên không hợp lệ.");
  }
  const requestId = c.get("requestId" as never) as string;
  const result = await route.handler({
    ...deps,
    auth,
    query,
    body,
    params,
    db: deps.database.db,
    requestId,
    actor,
    action: { actor: actor ?? anonymous, requestId, today: today() },
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

/** A NUL byte anywhere in a JSON body (a key or a string) is refused: PostgreSQL text cannot hold it. */
export function refuseNul(value: unknown): void {
  const has = (v: unknown): boolean =>
    typeof v === "string"
      ? v.includes("\0")
      : Array.isArray(v)
        ? v.some(has)
        : typeof v === "object" && v !== null
          ? Object.entries(v).some(([k, x]) => k.includes("\0") || has(x))
          : false;
  if (has(value)) throw new AppError("invalid", "Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL).");
}
