import { AppError, changePasswordInput, loginInput } from "@dondoc/domain";
import { getCookie } from "hono/cookie";
import { recordAudit } from "../../audit/record-audit";
import { clientAddress } from "../../http/client-address";
import { defineRoute, signedIn } from "../../http/route";
import { changePassword } from "./change-password";
import { login } from "./login";
import { presentMe } from "./me.presenter";

const sessionCookie = (c: import("hono").Context) =>
  getCookie(c, "__Secure-dondoc.session_token") ?? getCookie(c, "dondoc.session_token") ?? null;

export const authRoutes = [
  defineRoute({
    method: "post",
    path: "/api/auth/login",
    tag: "Tài khoản",
    summary: "Đăng nhập bằng tên đăng nhập và mật khẩu; đặt cookie phiên (HttpOnly, SameSite=Lax). Khóa 15 phút sau 5 lần sai.",
    access: "public",
    body: loginInput,
    handler: ({ db, auth, body, c, action, config }) =>
      login(db, auth, body, c.req.raw.headers, clientAddress(c, config.trustedProxies), action),
  }),
  defineRoute({
    method: "post",
    path: "/api/auth/logout",
    tag: "Tài khoản",
    summary: "Đăng xuất (xóa phiên); mọi tài khoản, kể cả tài khoản công khai; không có phiên thì không làm gì",
    access: "public",
    beforePasswordChange: true,
    handler: async ({ db, auth, c, action, actor }) => {
      if (!actor) return { ok: true };
      const res = await auth.api.signOut({ headers: c.req.raw.headers, asResponse: true });
      await recordAudit(db, action, { action: "logout", entity: "user", entityId: action.actor.id });
      const out = new Headers({ "content-type": "application/json; charset=utf-8" });
      for (const cookie of res.headers.getSetCookie()) out.append("set-cookie", cookie);
      return new Response(JSON.stringify({ ok: true }), { status: 200, headers: out });
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/auth/me",
    tag: "Tài khoản",
    summary: "Tài khoản đang đăng nhập: họ tên, vai trò, cơ quan, có phải đổi mật khẩu không",
    access: "signed-in",
    beforePasswordChange: true,
    handler: ({ db, actor }) => presentMe(db, signedIn(actor)),
  }),
  defineRoute({
    method: "post",
    path: "/api/auth/change-password",
    tag: "Tài khoản",
    summary: "Đổi mật khẩu của chính mình; các phiên khác bị đăng xuất",
    access: "signed-in",
    beforePasswordChange: true,
    body: changePasswordInput,
    handler: async ({ db, body, c, action }) => {
      const token = sessionCookie(c);
      if (!token) throw new AppError("unauthenticated", "Bạn cần đăng nhập để dùng chức năng này.");
      return changePassword(db, body, decodeURIComponent(token), action);
    },
  }),
];
