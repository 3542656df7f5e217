import { type Actor, allowedTaskEvents, taskStatuses } from "@dondoc/domain";
import { describe, expect, it } from "vitest";
import { taskLine } from "../../test/task-line";
import { eventFields, taskActions } from "./task-actions";

const actor = (role: Actor["role"], agencyId: string | null = null): Actor => ({ id: "u", name: "U", role, agencyId, registryKinds: [] });
const bql = actor("agency", "ban-quan-ly-khu-ktck");
const office = actor("office", "van-phong-ubnd-tinh");

describe("what an account may record on an occurrence", () => {
  it("shows exactly the events the server accepts (the domain's allowedTaskEvents)", () => {
    for (const who of [bql, office, actor("admin"), actor("leader")])
      for (const status of taskStatuses)
        for (const pendingSubmission of [false, true])
          for (const pendingExtension of [false, true]) {
            const line = taskLine({ status, pendingSubmission, pendingExtension });
            const assignment = { leads: line.leads.map((p) => p.agencyId), coordinators: line.coordinators.map((p) => p.agencyId) };
            expect(taskActions(who, line)).toEqual(allowedTaskEvents(who, assignment, line));
          }
  });

  it("lets the lead agency report, submit and ask for more time, and nothing else", () => {
    expect(taskActions(bql, taskLine())).toEqual(["progress", "submit", "extension-request"]);
  });

  it("lets a coordinating agency report progress only", () => {
    const line = taskLine({ leads: [], coordinators: [{ text: "BQL", agencyId: "ban-quan-ly-khu-ktck", name: "BQL" }] });
    expect(taskActions(bql, line)).toEqual(["progress"]);
  });

  it("offers another agency nothing", () => {
    expect(taskActions(actor("agency", "so-xay-dung"), taskLine())).toEqual([]);
    expect(taskActions(actor("leader"), taskLine())).toEqual([]);
  });

  it("lets the office confirm or return only a pending submission, and decide only a pending request", () => {
    expect(taskActions(office, taskLine())).toEqual(["cancel"]);
    expect(taskActions(office, taskLine({ pendingSubmission: true }))).toEqual(["confirm", "return", "cancel"]);
    expect(taskActions(office, taskLine({ pendingExtension: true, status: "extension-requested" }))).toEqual([
      "extension-approve",
      "extension-reject",
      "cancel",
    ]);
  });

  it("does not let the lead submit twice or ask twice while the office has not answered", () => {
    expect(taskActions(bql, taskLine({ pendingSubmission: true, pendingExtension: true }))).toEqual(["progress"]);
  });

  it("asks for no extension on a task without a due date", () => {
    expect(taskActions(bql, taskLine({ effectiveDueDate: null, status: "continuous" }))).toEqual(["progress", "submit"]);
  });

  it("closes a done or cancelled task, except to the office's pending decisions", () => {
    expect(taskActions(bql, taskLine({ status: "done-on-time" }))).toEqual([]);
    expect(taskActions(office, taskLine({ status: "done-late" }))).toEqual([]);
    expect(taskActions(office, taskLine({ status: "cancelled", pendingSubmission: true }))).toEqual([]);
  });

  it("gives an admin both sides", () => {
    expect(taskActions(actor("admin"), taskLine({ pendingSubmission: true }))).toEqual([
      "progress",
      "extension-request",
      "confirm",
      "return",
      "cancel",
    ]);
  });

  it("asks each kind of entry for what the server requires", () => {
    expect(eventFields("submit")).toMatchObject({ completedOn: true, files: true, text: "optional" });
    expect(eventFields("extension-request")).toMatchObject({ newDueDate: true, text: "required" });
    expect(eventFields("progress")).toMatchObject({ percent: true, files: true, text: "required" });
    expect(eventFields("return")).toMatchObject({ text: "required", files: false });
  });
});
