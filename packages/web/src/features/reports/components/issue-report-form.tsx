import { signatureAuthority } from "@dondoc/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { listAgencies, referenceKeys } from "../../../api/reference-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";
import { type IssueBody, issueMonthlyReport } from "../reports-api";

const NEW = "__new";

/**
 * Phát hành: the number, the date and the signer of the monthly report of `period` — a leader of
 * Sở Công Thương from the registry, or one typed here (then recorded there). The server records the
 * completion of the report's own occurrence with the .docx.
 */
export function IssueReportForm({ period, periodLabel }: { period: string; periodLabel: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ number: number; issuedOn: Dayjs; signerId: string; name?: string; title?: string }>();
  const signerId = Form.useWatch("signerId", form);
  const agencies = useQuery({ queryKey: referenceKeys.agencies, queryFn: ({ signal }) => listAgencies(signal) });
  const leaders = (agencies.data?.items ?? []).filter(
    (a) => a.kind === "person" && a.parentId === "so-cong-thuong" && signatureAuthority(a.title ?? null) !== null,
  );
  const mutation = useMutation({
    mutationFn: (body: IssueBody) => issueMonthlyReport(period, body),
    onSuccess: async (issued) => {
      await queryClient.invalidateQueries({ queryKey: referenceKeys.agencies });
      await queryClient.invalidateQueries({ queryKey: ["tasks"] });
      void message.success(t("reports.issue.done", { period: periodLabel, number: String(issued.number).padStart(2, "0") }));
      form.resetFields();
    },
  });
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="issue-form"
      initialValues={{ issuedOn: dayjs(), signerId: undefined }}
      onFinish={(v) =>
        mutation.mutate({
          number: v.number,
          issuedOn: v.issuedOn.format("YYYY-MM-DD"),
          ...(v.signerId === NEW ? { signer: { name: v.name ?? "", title: v.title ?? "" } } : { signerId: v.signerId }),
        })
      }
    >
      {mutation.error ? <ErrorAlert error={mutation.error} /> : null}
      <Flex gap={12} wrap align="flex-end">
        <Form.Item name="number" label={t("reports.issue.number")} rules={[{ required: true, message: t("reports.issue.numberRequired") }]}>
          <InputNumber min={1} max={99999} data-testid="issue-number" />
        </Form.Item>
        <Form.Item name="issuedOn" label={t("reports.issue.date")} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} data-testid="issue-date" />
        </Form.Item>
        <Form.Item
          name="signerId"
          label={t("reports.issue.signer")}
          rules={[{ required: true, message: t("reports.issue.signerRequired") }]}
        >
          <Select
            style={{ minWidth: 280 }}
            data-testid="issue-signer"
            loading={agencies.isPending}
            options={[
              ...leaders.map((a) => ({ value: a.id, label: `${a.name} — ${a.title ?? ""}` })),
              { value: NEW, label: t("reports.issue.newSigner") },
            ]}
          />
        </Form.Item>
      </Flex>
      {signerId === NEW ? (
        <Flex gap={12} wrap>
          <Form.Item name="name" label={t("reports.issue.signerName")} rules={[{ required: true }]}>
            <Input style={{ minWidth: 240 }} data-testid="issue-signer-name" />
          </Form.Item>
          <Form.Item name="title" label={t("reports.issue.signerTitle")} rules={[{ required: true }]}>
            <Input style={{ minWidth: 280 }} placeholder="Phó Giám đốc Sở Công Thương" data-testid="issue-signer-title" />
          </Form.Item>
        </Flex>
      ) : null}
      <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="issue-submit">
        {t("reports.issue.submit", { period: periodLabel })}
      </Button>
    </Form>
  );
}
