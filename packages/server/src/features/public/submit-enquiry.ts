import { createHash } from "node:crypto";
import { AppError, enquiryInput, type Lang } from "@dondoc/domain";
import { and, eq, gte, sql } from "drizzle-orm";
import { now } from "../../clock";
import type { Db } from "../../db/client";
import { agencies, enquiries, notifications, zones } from "../../db/schema";

export const ENQUIRIES_PER_HOUR = 5;
const recent = new Map<string, number[]>();

const tooMany = {
  vi: "Bạn đã gửi quá nhiều câu hỏi. Vui lòng thử lại sau một giờ.",
  en: "Too many enquiries from your address. Please try again in an hour.",
};
const invalid = { vi: "Thông tin gửi chưa hợp lệ.", en: "Some fields are not valid." };

export const addressHashOf = (address: string) => createHash("sha256").update(`dondoc-enquiry:${address}`).digest("hex");

/**
 * Stores an investor's enquiry and notifies the agency that maintains the zone's kind (Sở Công
 * Thương for clusters). Limited per address (in memory first, so a flood never reaches the
 * database); a filled honeypot is accepted and dropped. Errors speak the page's language.
 */
export async function submitEnquiry(db: Db, raw: unknown, lang: Lang, address: string): Promise<{ id: number | null }> {
  const hash = addressHashOf(address);
  const at = now().getTime();
  const times = (recent.get(hash) ?? []).filter((t) => at - t < 3_600_000);
  if (times.length >= ENQUIRIES_PER_HOUR) throw new AppError("rate_limited", tooMany[lang]);
  times.push(at);
  if (recent.size > 10_000) recent.clear(); // a bound on memory; the database count below still holds the limit
  recent.set(hash, times);

  const parsed = enquiryInput(lang).safeParse(raw);
  if (!parsed.success)
    throw new AppError(
      "invalid",
      invalid[lang],
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  const input = parsed.data;
  if (input.website) return { id: null }; // a robot

  return db.transaction(async (tx) => {
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(enquiries)
      .where(and(eq(enquiries.addressHash, hash), gte(enquiries.createdAt, new Date(at - 3_600_000))));
    if ((count?.n ?? 0) >= ENQUIRIES_PER_HOUR) throw new AppError("rate_limited", tooMany[lang]);
    const [zone] = input.zoneId
      ? await tx
          .select()
          .from(zones)
          .where(and(eq(zones.id, input.zoneId), eq(zones.published, true)))
      : [];
    const maintainers = await tx.select({ id: agencies.id, kinds: agencies.registryKinds }).from(agencies);
    const agencyId = maintainers.find((a) => a.kinds.includes(zone?.kind ?? "CCN"))?.id ?? null;
    const [row] = await tx
      .insert(enquiries)
      .values({
        zoneId: zone?.id ?? null,
        agencyId,
        name: input.name,
        company: input.company ?? null,
        email: input.email,
        phone: input.phone ?? null,
        interest: input.interest ?? null,
        message: input.message,
        language: lang,
        addressHash: hash,
      })
      .returning({ id: enquiries.id });
    if (!row) throw new Error("enquiry not stored");
    if (agencyId) {
      await tx.insert(notifications).values({
        key: `enquiry:${row.id}`,
        kind: "enquiry",
        agencyId,
        enquiryId: row.id,
        title: `Câu hỏi của nhà đầu tư${zone ? `: ${zone.name}` : ""}`,
        body: `${input.name}${input.company ? ` (${input.company})` : ""} hỏi: ${input.message.slice(0, 300)}`,
      });
    }
    return { id: row.id };
  });
}
