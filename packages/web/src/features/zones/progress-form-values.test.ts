import { describe, expect, it } from "vitest";
import { fieldErrorsOf, milestoneChoices, milestonePayload, occupancyBasisKey, projectReportPayload } from "./progress-form-values";

describe("progress forms", () => {
  it("offers the zone's milestones, or a tenant project's once a project is chosen", () => {
    expect(milestoneChoices(null)).toContain("wastewater-plant");
    expect(milestoneChoices(null)).not.toContain("land-lease");
    expect(milestoneChoices(7)).toEqual(["investment-approval", "land-lease", "construction", "operation"]);
  });

  it("sends blanks as null and trims text", () => {
    expect(
      milestonePayload({ milestone: "roads", plannedOn: "2026-06-30", actualOn: undefined, reportedOn: "2026-11-15", note: "  " }),
    ).toEqual({
      milestone: "roads",
      projectId: null,
      plannedOn: "2026-06-30",
      actualOn: null,
      reportedOn: "2026-11-15",
      note: null,
    });
    expect(
      projectReportPayload(
        { name: " Nhà máy ", investorName: "A ", reportedOn: "2026-11-15", status: "operating", areaHa: 0, jobs: null },
        true,
      ),
    ).toEqual({
      name: "Nhà máy",
      investorName: "A",
      reportedOn: "2026-11-15",
      status: "operating",
      areaHa: 0,
      registeredCapitalMillionVnd: null,
      disbursedCapitalMillionVnd: null,
      jobs: null,
      note: null,
    });
    expect(projectReportPayload({ name: "X", reportedOn: "2026-11-15", status: "operating" }, false)).not.toHaveProperty("name");
  });

  it("puts the server's messages under their fields, the others apart", () => {
    expect(
      fieldErrorsOf(
        [
          { path: "actualOn", message: "Ngày hoàn thành thực tế không được sau ngày hôm nay." },
          { path: "actualOn", message: "Ngày hoàn thành thực tế không được sau ngày hôm nay." },
          { path: "correctsId", message: "Không có báo cáo cần đính chính này của dự án." },
        ],
        ["actualOn", "plannedOn"],
      ),
    ).toEqual({
      fields: [{ name: "actualOn", errors: ["Ngày hoàn thành thực tế không được sau ngày hôm nay."] }],
      general: ["Không có báo cáo cần đính chính này của dự án."],
    });
  });

  it("names the basis of the occupancy", () => {
    expect(occupancyBasisKey("zone-figure")).toBe("progress.basis.zoneFigure");
  });
});
