import { AppError } from "@dondoc/domain";
import type { Context } from "hono";
import { clientAddress } from "../../http/client-address";
import type { AppDeps } from "../../http/route";
import { publicZones } from "../public/public-zones";
import { submitEnquiry } from "../public/submit-enquiry";
import { ENQUIRY_FIELDS, type EnquiryField } from "./enquiry-form";
import { backToZone, renderEnquiryPage, renderMessagePage } from "./enquiry-page";
import { langOfPath, messagesOf } from "./locale";
import { siteBaseOf, uncachedPage } from "./respond";

const MAX_BODY = 16_384;
const OPTIONAL = ["company", "phone", "zoneId", "interest", "website"];

/**
 * POST /portal/enquiries, /en/portal/enquiries (a urlencoded form): stores the enquiry through
 * `submitEnquiry` and answers with a thank-you page, the form again with the errors in the page's
 * language (422), or a "too many" page (429).
 */
export async function enquiryPost(c: Context, deps: AppDeps): Promise<Response> {
  const lang = langOfPath(c.req.path);
  const m = messagesOf(lang);
  const base = siteBaseOf(deps.config);
  if (c.req.header("sec-fetch-site") === "cross-site") {
    return uncachedPage(renderMessagePage(lang, base, m.crossSiteTitle, m.crossSiteText), 403);
  }
  const body = await boundedText(c.req.raw, MAX_BODY);
  if (body === null) return uncachedPage(renderMessagePage(lang, base, m.crossSiteTitle, m.tooLargeText), 413);

  const form = new URLSearchParams(body);
  const raw: Record<string, string> = {};
  for (const field of [...ENQUIRY_FIELDS, "website"]) {
    const value = form.get(field);
    if (value !== null && !(OPTIONAL.includes(field) && value.trim() === "")) raw[field] = value;
  }
  const { items } = await publicZones(deps.database.db);
  try {
    await submitEnquiry(deps.database.db, raw, lang, clientAddress(c, deps.config.trustedProxies));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "rate_limited") return uncachedPage(renderMessagePage(lang, base, m.rateLimitedTitle, m.rateLimitedText), 429);
    if (error.code !== "invalid") throw error;
    const values: Partial<Record<EnquiryField, string>> = {};
    for (const field of ENQUIRY_FIELDS) if (raw[field] !== undefined) values[field] = raw[field];
    const errors = error.details.length > 0 ? error.details : [{ path: "", message: error.message }];
    return uncachedPage(renderEnquiryPage({ lang, base, zones: items, values, errors }), 422);
  }
  const zone = items.find((z) => z.id === raw.zoneId);
  return uncachedPage(renderMessagePage(lang, base, m.thanksTitle, m.thanksText, backToZone(lang, zone)), 200);
}

/** The request body as text, or null as soon as it passes `max` bytes (the portal is outside the API's body limit). */
async function boundedText(request: Request, max: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > max) return null;
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
