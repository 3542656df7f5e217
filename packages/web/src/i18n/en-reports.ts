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
  "reports.annual.hint":
    "Results of the cluster development plan (Decision 609: agencies report to the Department of Industry and Trade before 30/11): targets against actual, changes during the year.",
  "reports.annual.year": "Year",
  "reports.briefing.title": "Meeting briefing pack",
  "reports.briefing.hint":
    "For each zone on the agenda: key figures, open and overdue tasks, late milestones, land clearance, what changed since the last meeting.",
  "reports.briefing.forMeeting": "For a meeting",
  "reports.briefing.forZone": "For a zone",
  "reports.briefing.pickMeeting": "Choose a meeting",
  "reports.briefing.pickZone": "Choose a zone",
  "reports.issue.hint":
    "Issue: record the number, date and signer (a leader of the Department of Industry and Trade); the department's duty for this period is recorded as done, with the .docx.",
  "reports.issue.number": "Report number",
  "reports.issue.numberRequired": "Enter the report's number.",
  "reports.issue.date": "Date of issue",
  "reports.issue.signer": "Signer",
  "reports.issue.signerRequired": "Choose the signer.",
  "reports.issue.newSigner": "Another signer (name and position)",
  "reports.issue.signerName": "Signer's full name",
  "reports.issue.signerTitle": "Position",
  "reports.issue.submit": "Issue the report of {period}",
  "reports.issue.done": "The report of {period} was issued, number {number}/BC-SCT.",
};
