import { z } from "zod";
import { normVi } from "../shared/vi-text";

export type Lang = "vi" | "en";

const messages = {
  vi: {
    name: "Vui lòng nhập họ tên.",
    email: "Địa chỉ e-mail không hợp lệ.",
    message: "Vui lòng nhập nội dung (tối đa 3.000 ký tự).",
    tooLong: "Nội dung quá dài.",
    consent: "Vui lòng đồng ý với thông báo về dữ liệu cá nhân.",
    phone: "Số điện thoại không hợp lệ.",
  },
  en: {
    name: "Please enter your name.",
    email: "Please enter a valid e-mail address.",
    message: "Please enter a message (at most 3,000 characters).",
    tooLong: "Too long.",
    consent: "Please accept the privacy notice.",
    phone: "Please enter a valid phone number.",
  },
} as const;

const text = (max: number, tooLong: string) => z.string().transform(normVi).pipe(z.string().max(max, tooLong));

/**
 * An investor's enquiry, with messages in the page's language. `website` is a honeypot: people do
 * not see it, robots fill it in; a filled one is dropped silently by the caller.
 */
export function enquiryInput(lang: Lang) {
  const m = messages[lang];
  return z.object({
    name: text(120, m.tooLong).pipe(z.string().min(1, m.name)),
    company: text(200, m.tooLong).optional(),
    email: z.email(m.email).max(200, m.tooLong),
    phone: z
      .string()
      .trim()
      .regex(/^[+\d][\d .()-]{5,24}$/, m.phone)
      .optional()
      .or(z.literal("").transform(() => undefined)),
    zoneId: z.string().max(80).optional(),
    interest: text(200, m.tooLong).optional(),
    message: text(3000, m.message).pipe(z.string().min(1, m.message)),
    consent: z.union([z.literal("on"), z.literal(true), z.literal("true")], { error: m.consent }),
    website: z.string().max(500).optional(),
  });
}
export type EnquiryInput = z.infer<ReturnType<typeof enquiryInput>>;
