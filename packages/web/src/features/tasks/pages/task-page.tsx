import { ArrowLeftOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Col, Row, Space, Typography } from "antd";
import { Link, useParams, useSearchParams } from "react-router";
import { getTask, type TaskDetail, taskKeys } from "../../../api/tasks-api";
import { useI18n } from "../../../i18n/i18n-context";
import { QueryState } from "../../../shared/query-state";
import { TaskActionsCard } from "../components/task-actions-card";
import { TaskFactsCard } from "../components/task-facts-card";
import { TaskOccurrencesTable } from "../components/task-occurrences-table";
import { TaskStatusTag } from "../components/task-status-tag";
import { TaskTimeline } from "../components/task-timeline";
import { defaultOccurrence } from "../default-occurrence";

export function TaskPage() {
  const { id = "" } = useParams();
  const query = useQuery({ queryKey: taskKeys.detail(id), queryFn: ({ signal }) => getTask(id, signal) });
  return <QueryState query={query}>{(task) => <TaskView task={task} />}</QueryState>;
}

function TaskView({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get("occurrence")) || null;
  const line = defaultOccurrence(task.occurrences, requested) ?? task;
  const select = (occurrenceId: number) => setParams({ occurrence: String(occurrenceId) }, { replace: true });
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="task-page">
      <Link to="/tasks">
        <ArrowLeftOutlined /> {t("nav.tasks")}
      </Link>
      <div>
        <Typography.Text type="secondary">{`${task.subject} · ${t("task.ordinal", { n: task.ordinal })}`}</Typography.Text>
        <Space align="center" wrap style={{ display: "flex" }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="task-title">
            {task.summary}
          </Typography.Title>
          <TaskStatusTag line={line} />
        </Space>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            <TaskFactsCard task={task} line={line} />
            {task.occurrences.length > 1 ? (
              <TaskOccurrencesTable lines={task.occurrences} selectedId={line.occurrenceId} onSelect={select} />
            ) : null}
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            <TaskActionsCard task={task} line={line} />
            <TaskTimeline task={task} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
