import type { Permission } from "@dondoc/domain";
import type { Context } from "hono";
import type { z } from "zod";
import type { ActionContext } from "../audit/record-audit";
import type { Auth } from "../auth/better-auth";
import type { SignedInActor } from "../auth/read-actor";
import type { Config } from "../config";
import type { Database, Db } from "../db/client";

/**
 * Every API route is declared once, as data: method, path, input schemas, the permission it needs
 * and the handler. The app mounts them, the OpenAPI document is generated from them, and the
 * access tests enumerate them: a route cannot exist without an access rule.
 */
export interface AppDeps {
  database: Database;
  config: Config;
  /** still loading for a moment after the server listens (server.ts); awaited by runRoute */
  auth: Auth | Promise<Auth>;
}

export interface RequestContext<Q, B, P> extends Omit<AppDeps, "auth"> {
  auth: Auth;
  query: Q;
  body: B;
  params: P;
  db: Db;
  requestId: string;
  /** the signed-in account; never null on a route whose access is not "public" */
  actor: SignedInActor | null;
  /** actor, request id and today's date, for actions and the audit log */
  action: ActionContext;
  c: Context;
}

export interface RouteDef<Q = unknown, B = unknown, P = unknown> {
  method: "get" | "post" | "patch" | "put" | "delete";
  path: string;
  summary: string;
  tag: string;
  access: Permission;
  /** may be called by an account that must still change its one-time password */
  beforePasswordChange?: boolean;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** "multipart" routes read the form themselves (file uploads) */
  bodyKind?: "json" | "multipart";
  params?: z.ZodType<P>;
  responseDescription?: string;
  successStatus?: 200 | 201;
  handler: (ctx: RequestContext<Q, B, P>) => Promise<unknown>;
}

/** Keeps each route's types while collecting them in one array. */
export function defineRoute<Q = undefined, B = undefined, P = undefined>(route: RouteDef<Q, B, P>): RouteDef {
  return route as unknown as RouteDef;
}

/** The actor of an action, for a route that requires sign-in. */
export function signedIn(actor: SignedInActor | null): SignedInActor {
  if (!actor) throw new Error("route without sign-in reached an action that needs an actor");
  return actor;
}
