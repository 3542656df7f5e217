import type { Context } from "hono";
import type { z } from "zod";
import type { Config } from "../config";
import type { Database, Db } from "../db/client";

/**
 * Every API route is declared once, as data: method, path, input schemas, who may call it and
 * the handler. The app mounts them, the OpenAPI document is generated from them, and the
 * access tests enumerate them — a route cannot exist without an access rule.
 */
export type Access = "public" | "registry:edit";

export interface RequestContext<Q, B, P> {
  query: Q;
  body: B;
  params: P;
  db: Db;
  database: Database;
  config: Config;
  requestId: string;
  /** who is acting, for history and logs */
  actor: string;
  c: Context;
}

export interface RouteDef<Q = unknown, B = unknown, P = unknown> {
  method: "get" | "post" | "patch" | "put" | "delete";
  path: string;
  summary: string;
  tag: string;
  access: Access;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** "multipart" routes read the form themselves (file uploads) */
  bodyKind?: "json" | "multipart";
  params?: z.ZodType<P>;
  /** JSON Schema of the success response, for the OpenAPI document (optional) */
  responseDescription?: string;
  successStatus?: 200 | 201;
  handler: (ctx: RequestContext<Q, B, P>) => Promise<unknown>;
}

/** Keeps each route's types while collecting them in one array. */
export function defineRoute<Q = undefined, B = undefined, P = undefined>(route: RouteDef<Q, B, P>): RouteDef {
  return route as unknown as RouteDef;
}
