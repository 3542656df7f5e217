import * as domain from "@dondoc/domain";
import { describe, expect, it } from "vitest";
import { DOCUMENT_TYPES } from "../features/zones/components/source-fields";
import { en } from "./en";
import { translate } from "./translate";

/** English without Vietnamese letters (no tone marks, no đ): what an English page must show. */
const isEnglish = (text: string | undefined) => typeof text === "string" && text.trim() !== "" && !/[\p{M}đĐ]/u.test(text.normalize("NFD"));

type Labels = Record<string, { vi: string; en: string }>;

/** Every code list of the domain and where an English page finds its label. */
const withDomainLabels: [name: string, codes: readonly string[], labels: Labels][] = [
  ["zoneKinds", domain.zoneKinds, domain.zoneKindLabels],
  ["zoneStages", domain.zoneStages, domain.zoneStageLabels],
  ["zonePhases", domain.zonePhases, domain.zonePhaseLabels],
  ["fundingSources", domain.fundingSources, domain.fundingSourceLabels],
  ["wastewaterStatuses", domain.wastewaterStatuses, domain.wastewaterStatusLabels],
  ["fireSafetyStatuses", domain.fireSafetyStatuses, domain.fireSafetyStatusLabels],
  ["trackedZoneFields", domain.trackedZoneFields, domain.zoneFieldLabels],
  ["milestoneKinds", domain.milestoneKinds, domain.milestoneLabels],
  ["tenantProjectStatuses", domain.tenantProjectStatuses, domain.tenantProjectStatusLabels],
  ["submissionStatuses", domain.submissionStatuses, domain.submissionStatusLabels],
  ["reportingFrequencies", domain.reportingFrequencies, domain.frequencyLabels],
  ["reporterGroups", domain.reporterGroups, domain.reporterGroupLabels],
  ["reportFigures", domain.reportFigures, domain.reportFigureLabels],
  ["reportSections", domain.reportSections, domain.reportSectionLabels],
  ["roles", domain.roles, domain.roleLabels],
];
const withCatalogueKeys: [name: string, codes: readonly string[], key: (code: string) => string][] = [
  ["taskStatuses", domain.taskStatuses, (s) => `task.status.${s}`],
  ["taskEventTypes", domain.taskEventTypes, (e) => `task.event.${e}`],
  ["landClearanceMetrics", domain.landClearanceMetrics, (m) => `reporting.metric.${m}`],
];

describe("English labels", () => {
  it.each(withDomainLabels)("every code of %s has an English label", (_name, codes, labels) => {
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect([code, isEnglish(labels[code]?.en)]).toEqual([code, true]);
  });

  it.each(withCatalogueKeys)("every code of %s has an English message", (_name, codes, key) => {
    for (const code of codes) expect([code, isEnglish((en as Record<string, string>)[key(code)])]).toEqual([code, true]);
  });

  it("every kind of document the app offers or the seed data uses has an English name", () => {
    // the seed documents' kinds (packages/server/src/seed/data/documents.ts) and the form's choices
    for (const kind of ["TB", "QĐ", "Bài báo", "Dữ liệu", "Nghiên cứu", "Thông báo", "Giấy mời", ...DOCUMENT_TYPES]) {
      expect([kind, isEnglish(domain.documentKindLabel(kind, "en"))]).toEqual([kind, true]);
    }
    expect(domain.documentKindLabel("TB", "en")).toBe("Notice");
    expect(domain.documentKindLabel("TB", "vi")).toBe("TB"); // Vietnamese pages show the kind as written
    expect(domain.documentKindLabel("Loại lạ", "en")).toBe("Loại lạ"); // shown as written
  });

  it("writes English plurals by Intl.PluralRules, and Vietnamese with one form", () => {
    expect(translate("en", "dashboard.stage.value", { count: "1", area: "8.5" })).toBe("1 cluster, 8.5 ha");
    expect(translate("en", "dashboard.stage.value", { count: "24", area: "1,126.77" })).toBe("24 clusters, 1,126.77 ha");
    expect(translate("en", "zones.summary", { count: "1,001", area: "1", investment: "2" })).toMatch(/^1,001 zones ·/);
    expect(translate("en", "reporting.daysLeft", { n: 1 })).toBe("1 day left");
    expect(translate("en", "reader.confirmed", { count: 1 })).toBe("1 task is now followed up.");
    expect(translate("vi", "dashboard.stage.value", { count: "1", area: "8,5" })).toBe("1 cụm, 8,5 ha");
    // no English message keeps a bare plural after a count that may be 1
    for (const [key, text] of Object.entries(en))
      expect([key, /\{count\} (clusters|zones|tasks|units|milestones)\b/.test(text)]).toEqual([key, false]);
  });
});
