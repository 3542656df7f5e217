import type { TaskLine } from "@dondoc/domain";

let next = 1;

/** A task line as GET /api/tasks answers it; tests change what they need. */
export function taskLine(patch: Partial<TaskLine> = {}): TaskLine {
  const occurrenceId = patch.occurrenceId ?? next++;
  const dueDate = patch.effectiveDueDate ?? "2025-07-14";
  return {
    taskId: `task-${occurrenceId}`,
    occurrenceId,
    document: { id: "seed-004", label: "TB (chưa số) ngày 07/2025" },
    meetingId: "seed-004-m1",
    ordinal: 1,
    subject: "Báo cáo sơ kết 6 tháng",
    summary: "Hoàn thiện dự thảo Báo cáo sơ kết",
    deadlineText: "chậm nhất ngày 14/7/2025",
    rule: { kind: "date", value: "2025-07-14" },
    ruleLabel: "Chậm nhất ngày 14/07/2025",
    occurrence: { kind: "once", period: "once", label: "Chậm nhất ngày 14/07/2025", dueDate },
    leads: [
      { text: "Ban Quản lý Khu KTCK", agencyId: "ban-quan-ly-khu-ktck", name: "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn" },
    ],
    coordinators: [],
    zoneIds: [],
    status: "overdue",
    statusLabel: "Quá hạn 12 ngày",
    originalDueDate: dueDate,
    effectiveDueDate: dueDate,
    extended: false,
    daysLate: 12,
    pendingSubmission: false,
    pendingExtension: false,
    lastProgress: null,
    facts: { dueDate, kind: "date", completedOn: null, cancelled: false, cancelledOn: null, extension: null },
    ...patch,
  };
}
