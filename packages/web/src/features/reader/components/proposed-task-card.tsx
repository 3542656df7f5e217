import { AimOutlined, DeleteOutlined } from "@ant-design/icons";
import type { reader } from "@dondoc/domain";
import { Button, Card, Flex, Input, Space, Tag, Typography } from "antd";
import type { Agency } from "../../../api/reference-api";
import { useI18n } from "../../../i18n/i18n-context";
import type { AssigneeRole } from "../proposal-edit";
import { AssigneeEditor } from "./assignee-editor";
import { DeadlineEditor } from "./deadline-editor";

/** One proposed task, every part editable; the header button scrolls the text to its quote. */
export function ProposedTaskCard(props: {
  task: reader.ReviewedTask;
  index: number;
  active: boolean;
  agencies: Agency[];
  onFocus: () => void;
  onChange: (patch: Partial<reader.ReviewedTask>) => void;
  onKeepOutside: (name: string, keep: boolean) => void;
  onResolve: (role: AssigneeRole, j: number, agency: { id: string; name: string } | null) => void;
  onAdd: (role: AssigneeRole, agency: { id: string; name: string }) => void;
  onRemoveName: (role: AssigneeRole, j: number) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const { task, index } = props;
  const assignees = (role: AssigneeRole) => (
    <AssigneeEditor
      label={t(role === "lead" ? "reader.leads" : "reader.coordinators")}
      names={task[role]}
      resolved={role === "lead" ? task.leadResolved : task.coordinatorsResolved}
      outside={task.outsideRegistry ?? []}
      onKeepOutside={props.onKeepOutside}
      agencies={props.agencies}
      testId={`task-${index}-${role}`}
      onResolve={(j, agency) => props.onResolve(role, j, agency)}
      onAdd={(agency) => props.onAdd(role, agency)}
      onRemove={(j) => props.onRemoveName(role, j)}
    />
  );
  return (
    <Card
      size="small"
      className={props.active ? "proposed-task active" : "proposed-task"}
      data-testid="proposed-task"
      data-index={index}
      title={
        <Button
          type="link"
          size="small"
          icon={<AimOutlined />}
          onClick={props.onFocus}
          style={{ paddingInline: 0 }}
          data-testid="task-focus"
        >
          {t("reader.taskNumber", { n: index + 1 })}
        </Button>
      }
      extra={
        <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={props.onRemove}>
          {t("reader.removeTask")}
        </Button>
      }
    >
      <Space orientation="vertical" size="small" style={{ width: "100%" }}>
        <Input
          size="small"
          prefix={<Typography.Text type="secondary">{`${t("reader.subject")}:`}</Typography.Text>}
          value={task.subject ?? ""}
          onChange={(e) => props.onChange({ subject: e.target.value || null })}
        />
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          value={task.summary}
          status={task.summary.trim() ? undefined : "error"}
          aria-label={t("reader.summary")}
          data-testid={`task-${index}-summary`}
          onChange={(e) => props.onChange({ summary: e.target.value })}
        />
        {assignees("lead")}
        {assignees("coordinators")}
        <div>
          <Flex gap={8} align="baseline" wrap>
            <Typography.Text type="secondary">{t("reader.deadline")}</Typography.Text>
            {task.deadlineText ? <Tag>{`“${task.deadlineText}”`}</Tag> : null}
          </Flex>
          <DeadlineEditor rule={task.deadline} onChange={(deadline) => props.onChange({ deadline })} testId={`deadline-${index}`} />
        </div>
        {task.milestones && task.milestones.length > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("reader.milestones", { list: task.milestones.map((m) => `${m.what} (${m.deadlineText})`).join("; ") })}
          </Typography.Text>
        ) : null}
      </Space>
    </Card>
  );
}
