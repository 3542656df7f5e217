import { useQuery } from "@tanstack/react-query";
import { Card, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { listTasks, taskKeys } from "../../../api/tasks-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";
import { todayInVietnam } from "../../../shared/today";
import { bucketByDay, countByMonth } from "../calendar-buckets";
import { DeadlineCalendar } from "../components/deadline-calendar";
import { TaskTable } from "../components/task-table";

const ALL = {} as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Deadlines on a calendar; the chosen day's tasks listed below it. The day lives in the address (?day=2026-09-30). */
export function DeadlineCalendarPage() {
  const { t, date } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = params.get("day");
  const day = asked && DAY.test(asked) && dayjs(asked).isValid() ? asked : todayInVietnam();
  const query = useQuery({ queryKey: taskKeys.list(ALL), queryFn: ({ signal }) => listTasks(ALL, signal) });
  const days = useMemo(() => bucketByDay(query.data?.items ?? []), [query.data]);
  const months = useMemo(() => countByMonth(days), [days]);
  const lines = days.get(day) ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("calendar.title")}
      </Typography.Title>
      {query.error ? <ErrorAlert error={query.error} /> : null}
      <Card size="small" loading={query.isPending}>
        <DeadlineCalendar
          days={days}
          months={months}
          value={dayjs(day)}
          onSelect={(value) => setParams({ day: value.format("YYYY-MM-DD") }, { replace: true })}
        />
      </Card>
      <Card size="small" title={t("calendar.dayTitle", { date: date(day), count: lines.length })} data-testid="calendar-day-list">
        <TaskTable lines={lines} showDocument showLeads />
      </Card>
    </Space>
  );
}
