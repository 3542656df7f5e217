import { AppError, createUserInput, type Role, roleLabels, updateUserInput } from "@dondoc/domain";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { agencies, users } from "../../db/schema";
import { defineRoute } from "../../http/route";
import { createUser } from "./create-user";
import { resetPassword, updateUser } from "./update-user";

const idParam = z.object({ id: z.string().max(80) });

async function findUsers(db: import("../../db/client").Db, id?: string) {
  const rows = await db
    .select({ user: users, agencyName: agencies.name })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(id ? eq(users.id, id) : undefined)
    .orderBy(asc(users.username));
  return rows.map(({ user, agencyName }) => ({
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    roleLabel: roleLabels[user.role as Role]?.vi ?? user.role,
    agency: user.agencyId ? { id: user.agencyId, name: agencyName ?? user.agencyId } : null,
    disabled: user.disabled,
    mustChangePassword: user.mustChangePassword,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  }));
}

export const userRoutes = [
  defineRoute({
    method: "get",
    path: "/api/users",
    tag: "Tài khoản",
    summary: "Danh sách tài khoản (quản trị)",
    access: "users:manage",
    handler: async ({ db }) => {
      const items = await findUsers(db);
      return { items, total: items.length };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/users",
    tag: "Tài khoản",
    summary: "Tạo tài khoản; không gửi mật khẩu thì hệ thống tạo mật khẩu dùng một lần (hiện một lần)",
    access: "users:manage",
    body: createUserInput,
    successStatus: 201,
    handler: async ({ db, body, action }) => {
      const created = await createUser(db, body, action);
      const [user] = await findUsers(db, created.id);
      return { user, oneTimePassword: created.oneTimePassword };
    },
  }),
  defineRoute({
    method: "patch",
    path: "/api/users/:id",
    tag: "Tài khoản",
    summary: "Sửa họ tên, vai trò, cơ quan; khóa hoặc mở khóa tài khoản",
    access: "users:manage",
    params: idParam,
    body: updateUserInput,
    handler: async ({ db, body, params, action }) => {
      await updateUser(db, params.id, body, action);
      const [user] = await findUsers(db, params.id);
      if (!user) throw new AppError("not_found", "Không tìm thấy tài khoản này.");
      return user;
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/users/:id/reset-password",
    tag: "Tài khoản",
    summary: "Đặt lại mật khẩu: tạo mật khẩu dùng một lần, mở khóa, đăng xuất mọi phiên",
    access: "users:manage",
    params: idParam,
    handler: ({ db, params, action }) => resetPassword(db, params.id, action),
  }),
];
