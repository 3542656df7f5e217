import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockFetch, referenceAnswer, renderPage } from "../../../test/render-page";
import { taskLine } from "../../../test/task-line";
import { TaskInboxPage } from "./task-inbox-page";

const officer = {
  id: "u2",
  username: "bql.canbo",
  name: "Lê Văn Bình",
  role: "agency",
  roleLabel: "Cán bộ sở, ban, ngành, xã",
  agency: { id: "ban-quan-ly-khu-ktck", name: "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn" },
  mustChangePassword: false,
  permissions: ["registry:read", "tasks:read", "tasks:report"],
  registryKinds: ["KCN", "KKT"],
};
const overdue = taskLine({
  taskId: "seed-004-t12",
  occurrenceId: 41,
  summary: "Hoàn thiện dự thảo Báo cáo sơ kết",
  statusLabel: "Quá hạn 497 ngày",
});
const soon = taskLine({
  taskId: "t-soon",
  occurrenceId: 7,
  summary: "Báo cáo tháng",
  status: "in-progress",
  statusLabel: "Đang thực hiện, trong hạn",
});

function answer(url: URL) {
  if (url.pathname === "/api/auth/me") return { body: officer };
  if (url.pathname === "/api/tasks") {
    const due = url.searchParams.get("due");
    const items = due === "overdue" ? [overdue] : due === "due-soon" ? [soon] : [overdue, soon];
    return { body: { items, total: items.length } };
  }
  return referenceAnswer(url);
}

describe("an agency's inbox", () => {
  it("opens on the tasks due soon, counts each tab, and exports the list shown", async () => {
    mockFetch(answer);
    renderPage(<TaskInboxPage />, { url: "/tasks", path: "/tasks" });
    expect(await screen.findByRole("heading", { name: /Nhiệm vụ của Ban Quản lý Khu kinh tế/ })).toBeTruthy();
    const table = screen.getByTestId("task-table");
    expect(await within(table).findByText("Báo cáo tháng")).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId("tab-all").textContent).toContain("2"));
    expect(screen.getByTestId("task-export").getAttribute("href")).toBe("/api/tasks.xlsx?due=due-soon");
    expect(screen.queryByTestId("filter-agency")).toBeNull(); // an officer sees only its own agency

    await userEvent.click(screen.getByTestId("tab-overdue"));
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/tasks?tab=overdue"));
    const link = await within(table).findByRole("link", { name: "Hoàn thiện dự thảo Báo cáo sơ kết" });
    expect(link.getAttribute("href")).toBe("/tasks/seed-004-t12?occurrence=41");
    expect(within(table).getByText("Quá hạn 497 ngày").getAttribute("data-status")).toBe("overdue");
    expect(screen.getByTestId("task-export").getAttribute("href")).toBe("/api/tasks.xlsx?due=overdue");
  });

  it("searches the tasks by text: the words go to the address and to every tab's request as q", async () => {
    const asked: string[] = [];
    mockFetch((url) => {
      if (url.pathname === "/api/tasks") {
        asked.push(url.searchParams.get("q") ?? "");
        const q = url.searchParams.get("q");
        const items = q ? [soon] : [overdue, soon];
        return { body: { items, total: items.length } };
      }
      return answer(url);
    });
    renderPage(<TaskInboxPage />, { url: "/tasks?tab=all", path: "/tasks" });
    const box = await screen.findByRole("searchbox", { name: "Tìm theo nội dung nhiệm vụ" });
    await userEvent.type(box, "bao cao thang{Enter}");
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/tasks?tab=all&q=bao+cao+thang"));
    await waitFor(() => expect(asked).toContain("bao cao thang"));
    const table = screen.getByTestId("task-table");
    await waitFor(() => expect(within(table).queryByText("Hoàn thiện dự thảo Báo cáo sơ kết")).toBeNull());
    expect(within(table).getByText("Báo cáo tháng")).toBeTruthy();
    expect(screen.getByTestId("task-export").getAttribute("href")).toBe("/api/tasks.xlsx?q=bao+cao+thang");
  });
});
