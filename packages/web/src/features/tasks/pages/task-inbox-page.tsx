import { DownloadOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Badge, Button, Flex, Space, Tabs, Typography } from "antd";
import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router";
import { listTasks, taskExportUrl, taskKeys } from "../../../api/tasks-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";
import { useCan, useMe } from "../../auth/hooks/use-me";
import { TaskFiltersBar } from "../components/task-filters-bar";
import { TaskTable } from "../components/task-table";
import { useInboxFilter } from "../hooks/use-inbox-filter";
import { type InboxTab, inboxTabs, openingTab, taskQueryOf } from "../task-filter-url";

/** An agency's inbox (its own tasks), or every agency's for the office and leaders: due soon, overdue, all. */
export function TaskInboxPage() {
  const { t } = useI18n();
  const me = useMe().data;
  const can = useCan();
  const [filter, update] = useInboxFilter();
  const lists = {
    "due-soon": useTabQuery(taskQueryOf(filter, "due-soon")),
    overdue: useTabQuery(taskQueryOf(filter, "overdue")),
    all: useTabQuery(taskQueryOf(filter, "all")),
  } satisfies Record<InboxTab, unknown>;
  const current = lists[filter.tab];
  // opened without a tab in the address: the first tab that has items, overdue first (once)
  const [params] = useSearchParams();
  const chosen = useRef(params.has("tab"));
  const opening = openingTab({ overdue: lists.overdue.data?.total, "due-soon": lists["due-soon"].data?.total, all: lists.all.data?.total });
  useEffect(() => {
    if (chosen.current || opening === null) return;
    chosen.current = true;
    if (opening !== filter.tab) update({ tab: opening });
  }, [opening, filter.tab, update]);
  const title = !can.seesAllTasks && me?.agency ? t("inbox.titleOf", { agency: me.agency.name }) : t("inbox.title");

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <TaskFiltersBar filter={filter} onChange={update} showAgency={can.seesAllTasks} />
        <Button icon={<DownloadOutlined />} href={taskExportUrl(taskQueryOf(filter))} download data-testid="task-export">
          {t("inbox.export")}
        </Button>
      </Flex>
      <Tabs
        activeKey={filter.tab}
        onChange={(key) => update({ tab: key as InboxTab, ...(key === "all" ? {} : { status: undefined }) })}
        items={inboxTabs.map((tab) => ({
          key: tab,
          label: (
            <span data-testid={`tab-${tab}`}>
              {t(`inbox.tab.${tab}`)}{" "}
              <Badge
                count={lists[tab].data?.total ?? 0}
                showZero
                overflowCount={999}
                color={tab === "overdue" ? "#cf1322" : tab === "due-soon" ? "#ad4e00" : "#595959"}
              />
            </span>
          ),
        }))}
      />
      {current.error ? (
        <ErrorAlert error={current.error} action={<Button onClick={() => current.refetch()}>{t("app.retry")}</Button>} />
      ) : null}
      <TaskTable lines={current.data?.items ?? []} loading={current.isFetching} showDocument showLeads />
    </Space>
  );
}

function useTabQuery(query: ReturnType<typeof taskQueryOf>) {
  return useQuery({ queryKey: taskKeys.list(query), queryFn: ({ signal }) => listTasks(query, signal), placeholderData: keepPreviousData });
}
