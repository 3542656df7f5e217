import { type LandClearanceMetric, landClearanceMetrics, reportSectionLabels } from "@dondoc/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Card, Flex, Form, Input, InputNumber, Modal, Switch, Typography } from "antd";
import { useState } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import type { MessageKey } from "../../../i18n/translate";
import { ErrorAlert } from "../../../shared/query-state";
import { todayInVietnam } from "../../../shared/today";
import { type InboxItem, type LandClearanceForm, type ReportingProject, reportingKeys, submitReport } from "../reporting-api";

const projectKey = (p: { zoneId: string; unitId: string }) => `${p.zoneId}|${p.unitId}`;

/**
 * The form of one period: a text area per section asked; when land clearance figures are asked,
 * each of the agency's projects (per commune) with a switch to enter new cumulative figures,
 * prefilled with the latest ones. Submission and figures are written together, or not at all.
 */
export function SubmissionModal({ item, projects, onClose }: { item: InboxItem; projects: ReportingProject[]; onClose: () => void }) {
  const { t, label, date } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const [enabled, setEnabled] = useState<Set<string>>(new Set());
  const asksLandClearance = item.figures.includes("land-clearance");
  const mutation = useMutation({
    mutationFn: (values: {
      sections: Record<string, string | undefined>;
      figures?: Record<string, Partial<Record<LandClearanceMetric, number | null>>>;
    }) => {
      const today = todayInVietnam();
      const landClearance: LandClearanceForm[] = projects
        .filter((p) => enabled.has(projectKey(p)))
        .map((p) => ({ zoneId: p.zoneId, unitId: p.unitId, reportedOn: today, ...(values.figures?.[projectKey(p)] ?? {}) }));
      const sections = Object.fromEntries(Object.entries(values.sections ?? {}).map(([k, v]) => [k, v ?? ""]));
      return submitReport(item.obligationId, item.period, { sections, landClearance });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: reportingKeys.all });
      void message.success(t("reporting.form.sent", { period: item.label }));
      onClose();
    },
  });
  return (
    <Modal
      open
      width={860}
      title={t("reporting.form.title", { period: item.label })}
      okText={t("reporting.form.send")}
      cancelText={t("reporting.form.cancel")}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      okButtonProps={{ "data-testid": "submission-send" } as Record<string, string>}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {item.title}
        <br />
        {t("reporting.form.to", {
          recipient: item.recipientName,
          due: date(item.dueDate),
          from: date(item.cutoff.from),
          to: date(item.cutoff.to),
        })}
      </Typography.Paragraph>
      {mutation.error ? <ErrorAlert error={mutation.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          sections: item.lastSections,
          figures: Object.fromEntries(projects.map((p) => [projectKey(p), p.latest ?? {}])),
        }}
        onFinish={(values) => mutation.mutate(values)}
      >
        {item.sections.map((s) => (
          <Form.Item
            key={s}
            name={["sections", s]}
            label={label(reportSectionLabels[s])}
            rules={s === "results" ? [{ required: true, whitespace: true, message: t("reporting.form.resultsRequired") }] : []}
          >
            <Input.TextArea autoSize={{ minRows: s === "results" ? 4 : 2, maxRows: 12 }} maxLength={20000} data-testid={`section-${s}`} />
          </Form.Item>
        ))}
        {asksLandClearance ? (
          <>
            <Typography.Title level={5}>{t("reporting.form.landClearance")}</Typography.Title>
            <Typography.Paragraph type="secondary">
              {projects.length > 0 ? t("reporting.form.landClearance.hint") : t("reporting.form.landClearance.none")}
            </Typography.Paragraph>
            {projects.map((p) => {
              const key = projectKey(p);
              const on = enabled.has(key);
              return (
                <Card
                  key={key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  data-testid={`project-${p.zoneId}`}
                  title={t("reporting.form.project", { zone: p.zoneName, unit: p.unitName })}
                  extra={
                    <Flex gap={8} align="center">
                      <Switch
                        size="small"
                        checked={on}
                        data-testid={`project-toggle-${p.zoneId}`}
                        aria-label={t("reporting.form.update")}
                        onChange={(v) =>
                          setEnabled((prev) => {
                            const next = new Set(prev);
                            if (v) next.add(key);
                            else next.delete(key);
                            return next;
                          })
                        }
                      />
                      {t("reporting.form.update")}
                    </Flex>
                  }
                >
                  {on ? (
                    <Flex wrap gap={12}>
                      {landClearanceMetrics.map((m) => (
                        <Form.Item
                          key={m}
                          name={["figures", key, m]}
                          label={t(`reporting.metric.${m}` as MessageKey)}
                          style={{ width: 240, marginBottom: 8 }}
                        >
                          <InputNumber min={0} style={{ width: "100%" }} decimalSeparator="," data-testid={`figure-${p.zoneId}-${m}`} />
                        </Form.Item>
                      ))}
                    </Flex>
                  ) : null}
                </Card>
              );
            })}
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
