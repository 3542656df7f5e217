import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { AppError } from "@dondoc/domain";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { log } from "../log";
import { handleError } from "./errors";
import { openApiDocument, renderApiDocs } from "./openapi";
import type { AppDeps, RouteDef } from "./route";
import { runRoute } from "./run-route";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const WEB_DIST = fileURLToPath(new URL("../../../web/dist", import.meta.url));

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", // maplibre's module worker (STACK-NOTES §6)
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** A server-rendered page (the public portal): HTML for people and search engines, no JavaScript needed. */
export interface PageDef {
  method: "get" | "post";
  path: string;
  handler: (c: import("hono").Context, deps: AppDeps) => Promise<Response>;
}

export function createApp(deps: AppDeps & { routes: RouteDef[]; pages?: PageDef[] }): Hono {
  const app = new Hono();

  app.use("*", async (c, next) => {
    const requestId = c.req.header("x-request-id")?.slice(0, 64) || crypto.randomUUID();
    c.set("requestId" as never, requestId as never);
    c.header("X-Request-Id", requestId);
    const started = performance.now();
    await next();
    if (c.req.path.startsWith("/api/")) {
      log.info("request", {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      });
    }
  });
  app.use("*", refuseMalformedUrls);
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: [
          "'self'",
          "data:",
          "blob:",
          ...(deps.config.map.tileUrl ? [new URL(deps.config.map.tileUrl.replace(/[{}]/g, "")).origin] : []),
        ],
        styleSrc: ["'self'", "'unsafe-inline'"],
        workerSrc: ["'self'", "blob:"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
      },
    }),
  );
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_UPLOAD_BYTES,
      onError: () => {
        throw new AppError("too_large", `Dữ liệu gửi lên vượt quá ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
      },
    }),
  );
  app.use("/api/*", sameOriginWrites(deps.config.publicUrl));
  app.onError(handleError);

  for (const route of deps.routes) {
    app.on(route.method.toUpperCase(), route.path, (c) => runRoute(route, c, deps));
  }
  app.get("/api/openapi.json", (c) => c.json(openApiDocument(deps.routes)));
  app.get("/api/docs", (c) =>
    (c.req.header("accept") ?? "").includes("text/html") ? c.html(renderApiDocs(deps.routes)) : c.json(openApiDocument(deps.routes)),
  );
  app.all("/api/*", () => {
    throw new AppError("not_found", "Không có địa chỉ API này.");
  });

  for (const page of deps.pages ?? []) app.on(page.method.toUpperCase(), page.path, (c) => page.handler(c, deps));
  app.get("*", (c) => serveWeb(c.req.path));
  return app;
}

/**
 * CSRF: a state-changing request from another site is refused. Browsers send Sec-Fetch-Site and
 * Origin on such requests; the session cookie is also SameSite=Lax, and JSON bodies require
 * Content-Type: application/json, which a cross-site form cannot send.
 */
function sameOriginWrites(publicUrl: string | null) {
  const allowed = publicUrl ? new URL(publicUrl).origin : null;
  return async (c: import("hono").Context, next: () => Promise<void>) => {
    if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method)) {
      const site = c.req.header("sec-fetch-site");
      const origin = c.req.header("origin");
      const own = new URL(c.req.url).origin;
      if (site === "cross-site" || (origin && origin !== own && origin !== allowed)) {
        throw new AppError("forbidden", "Yêu cầu bị từ chối: gửi từ một trang web khác (chống CSRF).");
      }
    }
    await next();
  };
}

/**
 * At the edge, before any route: a path or query that is not valid percent-encoding, or that holds a
 * NUL byte (which PostgreSQL text refuses and no Vietnamese text contains), is a 400, not a 500 later.
 */
async function refuseMalformedUrls(c: import("hono").Context, next: () => Promise<void>) {
  const url = c.req.url;
  const raw = url.slice(url.indexOf("/", url.indexOf("//") + 2));
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return c.json({ error: { code: "invalid", message: "Địa chỉ không hợp lệ (mã hóa ký tự sai)." } }, 400);
  }
  if (decoded.includes("\0")) {
    return c.json({ error: { code: "invalid", message: "Địa chỉ không hợp lệ (chứa ký tự NUL)." } }, 400);
  }
  await next();
}

/** The built web app; any unknown path gets index.html so that client-side routes work on reload. */
function serveWeb(path: string): Response {
  const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, "");
  const file = join(WEB_DIST, safe);
  if (file.startsWith(WEB_DIST) && extname(file) && existsSync(file)) {
    const immutable = safe.startsWith("/assets/");
    return new Response(readFileSync(file), {
      headers: {
        "content-type": MIME[extname(file)] ?? "application/octet-stream",
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      },
    });
  }
  const index = join(WEB_DIST, "index.html");
  if (!existsSync(index)) {
    return new Response("Giao diện web chưa được build. Chạy: npm run build:web", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(readFileSync(index), { headers: { "content-type": MIME[".html"] as string, "cache-control": "no-cache" } });
}
