import type { ErrorDetail, Lang, PublicZone } from "@dondoc/domain";
import { esc } from "./layout";
import { messagesOf, portalPath } from "./locale";

/**
 * The investor's enquiry form: a plain POST form (no JavaScript), labelled fields, a privacy notice
 * with a consent box, and a honeypot field (`website`) that people neither see nor reach with the
 * keyboard. Re-rendered with the posted values and the errors next to their fields.
 */
export const ENQUIRY_FIELDS = ["name", "company", "email", "phone", "zoneId", "interest", "message", "consent"] as const;
export type EnquiryField = (typeof ENQUIRY_FIELDS)[number];

export interface EnquiryFormState {
  lang: Lang;
  zones: PublicZone[];
  values: Partial<Record<EnquiryField, string>>;
  errors: ErrorDetail[];
  /** the form is the page's main content (h1) rather than a section of a zone page (h2) */
  standalone?: boolean;
}

function describe(field: EnquiryField, errors: ErrorDetail[]): { attrs: string; message: string } {
  const error = errors.find((e) => e.path === field);
  if (!error) return { attrs: "", message: "" };
  return {
    attrs: ` aria-invalid="true" aria-describedby="e-${field}-err"`,
    message: `<p class="error" id="e-${field}-err">${esc(error.message)}</p>`,
  };
}

function label(field: EnquiryField, text: string, required: boolean): string {
  return `<label for="e-${field}">${esc(text)}${required ? ` <span class="req" aria-hidden="true">*</span>` : ""}</label>`;
}

function input(s: EnquiryFormState, field: EnquiryField, text: string, extra: string, required = false): string {
  const d = describe(field, s.errors);
  return (
    `<div class="field">${label(field, text, required)}${d.message}` +
    `<input id="e-${field}" name="${field}" value="${esc(s.values[field])}" ${extra}${required ? " required" : ""}${d.attrs}></div>`
  );
}

function select(s: EnquiryFormState, field: EnquiryField, text: string, none: string, options: [string, string][]): string {
  const d = describe(field, s.errors);
  const value = s.values[field] ?? "";
  const opts = options.map(([v, l]) => `<option value="${esc(v)}"${v === value ? " selected" : ""}>${esc(l)}</option>`).join("");
  return (
    `<div class="field">${label(field, text, false)}${d.message}` +
    `<select id="e-${field}" name="${field}"${d.attrs}><option value="">${esc(none)}</option>${opts}</select></div>`
  );
}

function errorSummary(s: EnquiryFormState): string {
  if (s.errors.length === 0) return "";
  const m = messagesOf(s.lang);
  const known = new Set<string>(ENQUIRY_FIELDS);
  const items = s.errors.map((e) =>
    known.has(e.path) ? `<li><a href="#e-${esc(e.path)}">${esc(e.message)}</a></li>` : `<li>${esc(e.message)}</li>`,
  );
  return `<div class="error-summary" role="alert"><p><strong>${esc(m.errorsHeading)}</strong></p><ul>${items.join("")}</ul></div>`;
}

export function renderEnquiryForm(s: EnquiryFormState): string {
  const m = messagesOf(s.lang);
  const [h, h2] = s.standalone ? ["h1", "h2"] : ["h2", "h3"];
  const interests = m.interests.map((l, i) => [messagesOf("vi").interests[i] ?? l, l] as [string, string]);
  const message = describe("message", s.errors);
  const consent = describe("consent", s.errors);
  return (
    `<section class="enquiry${s.standalone ? " standalone" : ""}" id="enquiry" aria-labelledby="enquiry-h"><${h} id="enquiry-h">${esc(m.enquiryHeading)}</${h}>` +
    `<p>${esc(m.enquiryIntro)}</p>${errorSummary(s)}` +
    `<form method="post" action="${portalPath(s.lang, "/enquiries")}"><p class="note">${esc(m.requiredNote)}</p><div class="form-grid">` +
    input(s, "name", m.fieldName, `type="text" autocomplete="name" maxlength="120"`, true) +
    input(s, "company", m.fieldCompany, `type="text" autocomplete="organization" maxlength="200"`) +
    input(s, "email", m.fieldEmail, `type="email" autocomplete="email" maxlength="200"`, true) +
    input(s, "phone", m.fieldPhone, `type="tel" autocomplete="tel" maxlength="25"`) +
    select(
      s,
      "zoneId",
      m.fieldZone,
      m.zoneNone,
      s.zones.map((z) => [z.id, z.name]),
    ) +
    select(s, "interest", m.fieldInterest, m.interestNone, interests) +
    `</div><div class="field">${label("message", m.fieldMessage, true)}${message.message}` +
    `<textarea id="e-message" name="message" rows="6" maxlength="3000" required${message.attrs}>${esc(s.values.message)}</textarea></div>` +
    `<div class="privacy"><${h2} id="privacy-h">${esc(m.privacyHeading)}</${h2}><p>${esc(m.privacyText)}</p>${consent.message}` +
    `<div class="check"><input id="e-consent" name="consent" type="checkbox" value="on" required${s.values.consent === "on" ? " checked" : ""}${consent.attrs}>` +
    `<label for="e-consent">${esc(m.consent)}</label></div></div>` +
    `<div class="hp" aria-hidden="true"><label for="e-website">${esc(m.honeypot)}</label>` +
    `<input id="e-website" name="website" type="text" tabindex="-1" autocomplete="off"></div>` +
    `<button type="submit">${esc(m.submit)}</button></form></section>`
  );
}
