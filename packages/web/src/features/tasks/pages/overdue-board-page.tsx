import { useQuery } from "@tanstack/react-query";
import { Card, Empty, Flex, Space, Tag, Typography } from "antd";
import { useMemo } from "react";
import { listTasks, taskKeys } from "../../../api/tasks-api";
import { useI18n } from "../../../i18n/i18n-context";
import { QueryState } from "../../../shared/query-state";
import { useAgencies } from "../../../shared/use-reference";
import { TaskTable } from "../components/task-table";
import { type AgencyGroup, groupByLeadAgency } from "../group-by-agency";

const OVERDUE = { due: "overdue" } as const;

/** The office's board: every overdue task, grouped by lead agency, the agencies with most late tasks first. */
export function OverdueBoardPage() {
  const { t } = useI18n();
  const query = useQuery({ queryKey: taskKeys.list(OVERDUE), queryFn: ({ signal }) => listTasks(OVERDUE, signal) });
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("board.title")}
      </Typography.Title>
      <QueryState query={query}>{(data) => <Board lines={data.items} />}</QueryState>
    </Space>
  );
}

function Board({ lines }: { lines: Parameters<typeof groupByLeadAgency>[0] }) {
  const { t } = useI18n();
  // the registry maps a person to the body they lead; until it arrives, each agency is its own body
  const agencies = useAgencies();
  const groups = useMemo(
    () => groupByLeadAgency(lines, new Map((agencies.data?.items ?? []).map((a) => [a.id, { ...a, parentId: a.parentId ?? null }]))),
    [lines, agencies.data],
  );
  if (groups.length === 0) return <Empty description={t("board.empty")} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="overdue-board">
      <Typography.Text data-testid="board-summary">{t("board.summary", { tasks: lines.length, agencies: groups.length })}</Typography.Text>
      {groups.map((group) => (
        <AgencyCard key={group.agencyId ?? "unresolved"} group={group} />
      ))}
    </Space>
  );
}

function AgencyCard({ group }: { group: AgencyGroup }) {
  const { t } = useI18n();
  const name = group.agencyId ? group.name : t("board.unresolved");
  return (
    <Card
      size="small"
      data-testid="board-group"
      data-agency={group.agencyId ?? ""}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{name}</span>
          <Tag color="red">{t("board.count", { count: group.lines.length })}</Tag>
          <Typography.Text type="secondary" style={{ fontWeight: "normal", fontSize: 12 }}>
            {t("board.maxLate", { days: group.maxDaysLate })}
          </Typography.Text>
        </Flex>
      }
    >
      <TaskTable lines={group.lines} showDocument showLeads={group.agencyId === null} pageSize={10} testId="board-tasks" />
    </Card>
  );
}
