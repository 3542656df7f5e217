import { formatDateTimeVi } from "@dondoc/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { answerEnquiry, type Enquiry, enquiryKeys, listEnquiries } from "../../../api/enquiries-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";

/** Enquiries from the public portal for the agency's zones, answered here. */
export function EnquiriesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: enquiryKeys.list, queryFn: ({ signal }) => listEnquiries(signal) });
  const [answering, setAnswering] = useState<Enquiry | null>(null);
  const [form] = Form.useForm<{ answer: string }>();
  const send = useMutation({
    mutationFn: ({ id, answer }: { id: number; answer: string }) => answerEnquiry(id, answer),
    onSuccess: (saved) => {
      // the product does not e-mail answers: say so, with the address to write to
      void message.warning({ content: t("enquiries.savedNotEmailed", { email: saved.email }), duration: 8 });
      setAnswering(null);
      return queryClient.invalidateQueries({ queryKey: enquiryKeys.list });
    },
    onError: (error) => void message.error(error.message),
  });

  return (
    <div data-testid="enquiries-page">
      <Typography.Title level={3}>{t("enquiries.title")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("enquiries.intro")}</Typography.Paragraph>
      {query.error ? <ErrorAlert error={query.error} /> : null}
      <Table<Enquiry>
        rowKey="id"
        loading={query.isLoading}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t("enquiries.empty") }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t("enquiries.when"),
            width: 110,
            render: (_, e) => <span data-testid={`enquiry-when-${e.id}`}>{formatDateTimeVi(e.createdAt)}</span>,
          },
          {
            title: t("enquiries.from"),
            render: (_, e) => (
              <>
                <div>{e.name}</div>
                <Typography.Text type="secondary">{[e.company, e.email, e.phone].filter(Boolean).join(" · ")}</Typography.Text>
              </>
            ),
          },
          { title: t("enquiries.zone"), width: 160, render: (_, e) => e.zone?.name ?? "—" },
          {
            title: t("enquiries.message"),
            render: (_, e) => (
              <>
                {e.interest ? <Tag>{e.interest}</Tag> : null}
                <div>{e.message}</div>
                {e.answer ? (
                  <Typography.Paragraph type="success" style={{ marginTop: 8, marginBottom: 0 }}>
                    ↳ {e.answer}
                  </Typography.Paragraph>
                ) : null}
              </>
            ),
          },
          {
            title: t("enquiries.status"),
            width: 150,
            render: (_, e) =>
              e.answeredAt ? (
                <Tag color="green">{t("enquiries.answered")}</Tag>
              ) : (
                <Button
                  size="small"
                  type="primary"
                  data-testid={`answer-${e.id}`}
                  onClick={() => {
                    form.resetFields();
                    setAnswering(e);
                  }}
                >
                  {t("enquiries.answer")}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={answering !== null}
        title={t("enquiries.answerTitle")}
        okText={t("enquiries.send")}
        confirmLoading={send.isPending}
        onCancel={() => setAnswering(null)}
        onOk={() => void form.validateFields().then((v) => answering && send.mutate({ id: answering.id, answer: v.answer }))}
      >
        <Typography.Paragraph type="secondary">{answering?.message}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item
            name="answer"
            label={t("enquiries.answerLabel")}
            rules={[{ required: true, whitespace: true, message: t("enquiries.answerRequired") }]}
          >
            <Input.TextArea rows={5} data-testid="enquiry-answer" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
