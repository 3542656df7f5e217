import type { PageDef } from "../../http/app";
import { enquiryPage } from "./enquiry-page";
import { enquiryPost } from "./enquiry-post";
import { homePage } from "./home-page";
import { notFoundPage } from "./not-found-page";
import { policiesPage } from "./policies-page";
import { portalCssPage } from "./portal-css";
import { robots, sitemap } from "./sitemap";
import { zonePage } from "./zone-page";

/** The public portal's pages, Vietnamese at /portal and English at /en/portal; mounted before the web app's fallback. */
const inBothLanguages = (method: PageDef["method"], sub: string, handler: PageDef["handler"]): PageDef[] => [
  { method, path: `/portal${sub}`, handler },
  { method, path: `/en/portal${sub}`, handler },
];

export const portalPages: PageDef[] = [
  portalCssPage,
  ...inBothLanguages("get", "", homePage),
  ...inBothLanguages("get", "/zones/:id", zonePage),
  ...inBothLanguages("get", "/policies", policiesPage),
  ...inBothLanguages("get", "/enquiries", enquiryPage),
  ...inBothLanguages("post", "/enquiries", enquiryPost),
  { method: "get", path: "/sitemap.xml", handler: sitemap },
  { method: "get", path: "/robots.txt", handler: robots },
  ...inBothLanguages("get", "/*", notFoundPage),
];
