import type { Context } from "hono";
import type { AppDeps } from "../../http/route";
import { esc, renderPage } from "./layout";
import { langOfPath, messagesOf, portalPath } from "./locale";
import { siteBaseOf, uncachedPage } from "./respond";

/** The portal's 404: an HTML page in the language of the path asked for, kept out of search engines. */
export async function notFoundPage(c: Context, deps: AppDeps): Promise<Response> {
  if (/^(\/en)?\/portal\/$/.test(c.req.path)) return c.redirect(c.req.path.slice(0, -1), 301);
  const lang = langOfPath(c.req.path);
  const m = messagesOf(lang);
  const main = `<div class="message-page"><h1>${esc(m.notFoundTitle)}</h1><p>${esc(m.notFoundText)}</p><p><a href="${portalPath(lang)}">${esc(m.notFoundBack)}</a></p></div>`;
  const html = renderPage(
    { lang, base: siteBaseOf(deps.config), sub: "", title: m.notFoundTitle, description: m.notFoundText, noindex: true },
    main,
  );
  return uncachedPage(html, 404);
}
