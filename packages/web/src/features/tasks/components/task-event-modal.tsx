import { UploadOutlined } from "@ant-design/icons";
import { type TaskEventType, taskEventInput } from "@dondoc/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, InputNumber, Modal, Upload, type UploadFile } from "antd";
import { useState } from "react";
import { ApiError } from "../../../api/api-error";
import { recordTaskEvent, type TaskDetail, taskKeys } from "../../../api/tasks-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";
import { DateField, isoDateItemProps } from "../../zones/components/date-field";
import { eventFields } from "../task-actions";

const MAX_FILE_BYTES = 10 * 1024 * 1024;
const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.txt";

interface Values {
  text?: string;
  percent?: number | null;
  completedOn?: string | null;
  newDueDate?: string | null;
}

/** One form for every kind of entry; it asks only for the fields that kind needs (eventFields). */
/** `task`: the task's id is enough (the queue opens it without loading the task). */
export function TaskEventModal(props: {
  task: Pick<TaskDetail, "taskId">;
  occurrenceId: number;
  type: TaskEventType;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const fields = eventFields(props.type);
  const mutation = useMutation({
    mutationFn: (values: Values) =>
      recordTaskEvent(props.occurrenceId, {
        type: props.type,
        ...values,
        files: files.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => f !== undefined),
      }),
    onSuccess: async (result) => {
      queryClient.setQueryData(taskKeys.detail(props.task.taskId), result.task);
      await queryClient.invalidateQueries({ queryKey: taskKeys.all, refetchType: "none" });
      void queryClient.invalidateQueries({ queryKey: ["notifications"] });
      void queryClient.invalidateQueries({ queryKey: ["queue"] });
      void message.success(t("task.event.saved"));
      props.onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.details.length > 0)
        form.setFields(error.details.map((d) => ({ name: d.path as keyof Values, errors: [d.message] })));
    },
  });

  const submit = (values: Values) => {
    const parsed = taskEventInput.safeParse({ type: props.type, ...values, percent: values.percent ?? undefined });
    if (!parsed.success) {
      form.setFields(parsed.error.issues.map((i) => ({ name: String(i.path[0]) as keyof Values, errors: [i.message] })));
      return;
    }
    mutation.mutate(values);
  };

  return (
    <Modal
      open
      title={t(`task.action.${props.type}`)}
      onCancel={props.onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={props.onClose}>
          {t("common.cancel")}
        </Button>,
        <Button key="ok" type="primary" loading={mutation.isPending} onClick={() => form.submit()} data-testid="event-submit">
          {t(`task.action.${props.type}`)}
        </Button>,
      ]}
    >
      {mutation.error && !(mutation.error instanceof ApiError && mutation.error.details.length > 0) ? (
        <ErrorAlert error={mutation.error} title={t("task.event.failed")} />
      ) : null}
      {/* no <form>: Enter in the date picker accepts the date, it must not send the report before its text is written */}
      <Form<Values> form={form} component={false} layout="vertical" name={`event-${props.type}`} onFinish={submit}>
        {fields.completedOn ? (
          <Form.Item
            name="completedOn"
            label={t("task.event.field.completedOn")}
            extra={t("task.event.field.completedOnHint")}
            {...isoDateItemProps}
          >
            <DateField placeholder={t("form.datePlaceholder")} testId="event-completed-on" />
          </Form.Item>
        ) : null}
        {fields.newDueDate ? (
          <Form.Item name="newDueDate" label={t("task.event.field.newDueDate")} {...isoDateItemProps}>
            <DateField placeholder={t("form.datePlaceholder")} testId="event-new-due-date" />
          </Form.Item>
        ) : null}
        {fields.percent ? (
          <Form.Item name="percent" label={t("task.event.field.percent")}>
            <InputNumber min={0} max={100} step={5} suffix="%" style={{ width: 140 }} data-testid="event-percent" />
          </Form.Item>
        ) : null}
        <Form.Item name="text" label={t(fields.text === "required" ? "task.event.field.text" : "task.event.field.textOptional")}>
          <Input.TextArea rows={4} maxLength={5000} showCount data-testid="event-text" />
        </Form.Item>
        {fields.files ? (
          <Form.Item label={t("task.event.field.files")} extra={t("task.event.field.filesHint")}>
            <Upload
              multiple
              accept={ACCEPT}
              fileList={files}
              beforeUpload={(file) => {
                if (file.size > MAX_FILE_BYTES) {
                  void message.error(t("task.event.fileTooLarge", { name: file.name }));
                  return Upload.LIST_IGNORE;
                }
                return false;
              }}
              onChange={({ fileList }) => setFiles(fileList)}
            >
              <Button icon={<UploadOutlined />} data-testid="event-files">
                {t("task.event.chooseFiles")}
              </Button>
            </Upload>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
