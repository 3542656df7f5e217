import { milestoneLabels, tenantProjectStatuses, tenantProjectStatusLabels } from "@dondoc/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Form, Input, InputNumber, Modal, Select } from "antd";
import { useCallback, useEffect, useState } from "react";
import { ApiError } from "../../../api/api-error";
import { addMilestone, addTenantProject, addTenantProjectReport, progressKeys, type ZoneProgressView } from "../../../api/progress-api";
import { useI18n } from "../../../i18n/i18n-context";
import { todayInVietnam } from "../../../shared/today";
import { viSearch } from "../../../shared/vi-search";
import {
  fieldErrorsOf,
  type MilestoneFormValues,
  milestoneChoices,
  milestonePayload,
  type ProjectReportFormValues,
  projectReportPayload,
} from "../progress-form-values";
import { DateField, isoDateItemProps } from "./date-field";

/** Shared by the three forms: submit, then show the server's 422 messages under their fields. */
function useProgressSubmit<V>(
  form: ReturnType<typeof Form.useForm<V>>[0],
  fields: readonly string[],
  send: (values: V) => Promise<ZoneProgressView>,
  onDone: () => void,
) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [general, setGeneral] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async () => {
      void message.success(t("progress.saved"));
      setGeneral([]);
      onDone();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: progressKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["zones"] }),
      ]);
    },
    onError: (error) => {
      if (error instanceof ApiError) {
        const mapped = fieldErrorsOf(error.details, fields);
        form.setFields(mapped.fields.map((f) => ({ name: f.name, errors: f.errors })) as Parameters<typeof form.setFields>[0]);
        setGeneral(mapped.general.length > 0 || mapped.fields.length === 0 ? [error.message, ...mapped.general] : []);
      } else setGeneral([t("progress.saveFailed")]);
    },
  });
  const reset = useCallback(() => setGeneral([]), []);
  return { mutation, general, reset };
}

function GeneralErrors({ messages }: { messages: string[] }) {
  const { t } = useI18n();
  if (messages.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={t("progress.saveFailed")}
      description={messages.join(" ")}
      style={{ marginBottom: 12 }}
      data-testid="progress-form-error"
    />
  );
}

export function MilestoneModal({
  zoneId,
  projects,
  open,
  onClose,
}: {
  zoneId: string;
  projects: { id: number; name: string }[];
  open: boolean;
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<MilestoneFormValues>();
  const projectId = Form.useWatch("projectId", form);
  const { mutation, general, reset } = useProgressSubmit<MilestoneFormValues>(
    form,
    ["milestone", "projectId", "plannedOn", "actualOn", "reportedOn", "note"],
    (v) => addMilestone(zoneId, milestonePayload(v)),
    onClose,
  );
  useEffect(() => {
    if (open) {
      form.resetFields();
      reset();
    }
  }, [open, form, reset]);
  const choices = milestoneChoices(projectId);
  return (
    <Modal
      open={open}
      title={t("progress.addMilestone")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <GeneralErrors messages={general} />
      <Form<MilestoneFormValues>
        form={form}
        layout="vertical"
        initialValues={{ reportedOn: todayInVietnam(), projectId: null }}
        onFinish={(v) => mutation.mutate(v)}
        data-testid="milestone-form"
      >
        {projects.length > 0 ? (
          <Form.Item name="projectId" label={t("progress.project")}>
            <Select
              allowClear
              showSearch={viSearch}
              placeholder={t("form.select")}
              options={projects.map((p) => ({ value: p.id, label: p.name }))}
              onChange={() => form.setFieldValue("milestone", undefined)}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="milestone" label={t("progress.milestone")} rules={[{ required: true, message: t("form.select") }]}>
          <Select
            showSearch={viSearch}
            placeholder={t("form.select")}
            options={choices.map((m) => ({ value: m, label: label(milestoneLabels[m as keyof typeof milestoneLabels]) }))}
            data-testid="milestone-kind"
          />
        </Form.Item>
        <Form.Item name="plannedOn" label={t("progress.plannedOn")} {...isoDateItemProps}>
          <DateField placeholder={t("form.datePlaceholder")} testId="milestone-planned" />
        </Form.Item>
        <Form.Item name="actualOn" label={t("progress.actualOn")} {...isoDateItemProps}>
          <DateField placeholder={t("form.datePlaceholder")} testId="milestone-actual" />
        </Form.Item>
        <Form.Item name="reportedOn" label={t("progress.reportedOn")} required {...isoDateItemProps}>
          <DateField placeholder={t("form.datePlaceholder")} />
        </Form.Item>
        <Form.Item name="note" label={t("progress.note")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A new tenant project with its first report (`project` null), or a dated report of an existing one. */
export function ProjectReportModal({
  zoneId,
  project,
  open,
  onClose,
}: {
  zoneId: string;
  project: ZoneProgressView["projects"][number] | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t, label, lang } = useI18n();
  const [form] = Form.useForm<ProjectReportFormValues>();
  const isNew = project === null;
  const { mutation, general, reset } = useProgressSubmit<ProjectReportFormValues>(
    form,
    ["name", "investorName", "reportedOn", "status", "areaHa", "registeredCapitalMillionVnd", "disbursedCapitalMillionVnd", "jobs", "note"],
    (v) =>
      project === null
        ? addTenantProject(zoneId, projectReportPayload(v, true))
        : addTenantProjectReport(project.id, projectReportPayload(v, false)),
    onClose,
  );
  useEffect(() => {
    if (!open) return;
    reset();
    form.resetFields();
    form.setFieldsValue(
      project
        ? {
            reportedOn: todayInVietnam(),
            status: project.status,
            areaHa: project.areaHa,
            registeredCapitalMillionVnd: project.registeredCapitalMillionVnd,
            disbursedCapitalMillionVnd: project.disbursedCapitalMillionVnd,
            jobs: project.jobs,
          }
        : { reportedOn: todayInVietnam() },
    );
  }, [open, project, form, reset]);
  const decimal = lang === "vi" ? "," : ".";
  const number = (testId: string, precision?: number) => (
    <InputNumber style={{ width: "100%" }} decimalSeparator={decimal} precision={precision} data-testid={testId} />
  );
  return (
    <Modal
      open={open}
      title={isNew ? t("progress.addProject") : t("progress.reportTitle", { name: project.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <GeneralErrors messages={general} />
      <Form<ProjectReportFormValues> form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)} data-testid="project-form">
        {isNew ? (
          <>
            <Form.Item name="name" label={t("progress.name")} rules={[{ required: true, whitespace: true, message: t("progress.name") }]}>
              <Input maxLength={300} data-testid="project-name" />
            </Form.Item>
            <Form.Item
              name="investorName"
              label={t("progress.investor")}
              rules={[{ required: true, whitespace: true, message: t("progress.investor") }]}
            >
              <Input maxLength={300} data-testid="project-investor" />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="status" label={t("progress.status")} rules={[{ required: true, message: t("form.select") }]}>
          <Select
            showSearch={viSearch}
            placeholder={t("form.select")}
            options={tenantProjectStatuses.map((s) => ({ value: s, label: label(tenantProjectStatusLabels[s]) }))}
            data-testid="project-status"
          />
        </Form.Item>
        <Form.Item name="areaHa" label={t("progress.areaHa")}>
          {number("project-area")}
        </Form.Item>
        <Form.Item name="registeredCapitalMillionVnd" label={t("progress.registeredCapital")}>
          {number("project-registered")}
        </Form.Item>
        <Form.Item name="disbursedCapitalMillionVnd" label={t("progress.disbursedCapital")}>
          {number("project-disbursed")}
        </Form.Item>
        <Form.Item name="jobs" label={t("progress.jobs")}>
          {number("project-jobs", 0)}
        </Form.Item>
        <Form.Item name="reportedOn" label={t("progress.reportedOn")} required {...isoDateItemProps}>
          <DateField placeholder={t("form.datePlaceholder")} />
        </Form.Item>
        <Form.Item name="note" label={t("progress.note")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
