import { z } from "zod";
import { normVi } from "../shared/vi-text";
import { roles } from "./roles";

const password = z
  .string({ error: "Mật khẩu phải là chuỗi ký tự." })
  .min(10, "Mật khẩu phải có ít nhất 10 ký tự.")
  .max(200, "Mật khẩu dài quá 200 ký tự.");

export const usernameSchema = z
  .string({ error: "Tên đăng nhập phải là chuỗi ký tự." })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, "Tên đăng nhập gồm 3–40 chữ cái không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.");

export const loginInput = z.object({
  username: z.string({ error: "Cần tên đăng nhập." }).min(1, "Cần tên đăng nhập.").max(100),
  password: z.string({ error: "Cần mật khẩu." }).min(1, "Cần mật khẩu.").max(200),
});

export const changePasswordInput = z.object({
  currentPassword: z.string({ error: "Cần mật khẩu hiện tại." }).min(1, "Cần mật khẩu hiện tại.").max(200),
  newPassword: password,
});

export const createUserInput = z
  .object({
    username: usernameSchema,
    name: z.string({ error: "Cần họ tên." }).transform(normVi).pipe(z.string().min(1, "Cần họ tên.").max(120)),
    role: z.enum(roles, { error: "Vai trò không hợp lệ." }),
    agencyId: z.string().max(120).nullable().default(null),
    /** where reminders are e-mailed */
    email: z.email("Địa chỉ e-mail không hợp lệ.").max(200).optional(),
    /** empty: a one-time password is generated and shown once */
    password: password.optional(),
  })
  .strict();
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z
  .object({
    name: z.string().transform(normVi).pipe(z.string().min(1, "Cần họ tên.").max(120)).optional(),
    role: z.enum(roles, { error: "Vai trò không hợp lệ." }).optional(),
    agencyId: z.string().max(120).nullable().optional(),
    email: z.email("Địa chỉ e-mail không hợp lệ.").max(200).optional(),
    disabled: z.boolean({ error: "Trạng thái khóa phải là đúng/sai." }).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Không có thay đổi nào để lưu.");
export type UpdateUserInput = z.infer<typeof updateUserInput>;
