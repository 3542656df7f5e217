import type { viReports } from "./vi-reports";

export const enReports: Record<keyof typeof viReports, string> = {
  "nav.reports": "Reports",
  "reports.title": "Reports",
  "reports.intro":
    "Reports are written from the figures recorded by the end of their period; a past period's report comes out the same even after later figures are entered.",
  "reports.downloadDocx": "Download .docx",
  "reports.downloadXlsx": "Download .xlsx",
  "reports.monthly.title": "Monthly report to the provincial committee",
  "reports.monthly.hint":
    "Decree 30/2020 layout: zones and clusters, occupancy, late milestones, land clearance, tasks, submissions received, difficulties and proposals.",
  "reports.monthly.period": "Period (month)",
  "reports.annual.title": "Annual report",
  "reports.annual.hint": "Results of the cluster development plan (Decision 609 §IV.2): targets against actual, changes during the year.",
  "reports.annual.year": "Year",
  "reports.briefing.title": "Meeting briefing pack",
  "reports.briefing.hint":
    "For each zone on the agenda: key figures, open and overdue tasks, late milestones, land clearance, what changed since the last meeting.",
  "reports.briefing.forMeeting": "For a meeting",
  "reports.briefing.forZone": "For a zone",
  "reports.briefing.pickMeeting": "Choose a meeting",
  "reports.briefing.pickZone": "Choose a zone",
};
