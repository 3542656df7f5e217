import { Card, Col, Form, Input, Row, Select } from "antd";
import { useI18n } from "../../../i18n/i18n-context";
import { useDocuments } from "../../../shared/use-reference";
import { viSearch } from "../../../shared/vi-search";
import { DateField, isoDateItemProps } from "./date-field";
import { zodRule } from "./zone-form-rules";

/** "Nguồn của thay đổi": the document, passage and as-of date the new figures come from (optional). */
export function SourceFields() {
  const { t, date } = useI18n();
  const documents = useDocuments().data?.items ?? [];
  const options = documents.map((d) => ({
    value: d.id,
    label: `${d.type}${d.number ? ` ${d.number}` : ""}${d.issuedOn ? ` (${date(d.issuedOn)})` : ""} — ${d.title}`,
  }));
  return (
    <Card size="small" title={`${t("form.source")} (${t("form.source.optional")})`} data-testid="source-fields">
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name={["source", "documentId"]} label={t("form.source.document")} rules={[zodRule(["source", "documentId"])]}>
            <Select allowClear showSearch={viSearch} placeholder={t("form.select")} options={options} popupMatchSelectWidth={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={["source", "asOf"]} label={t("form.source.asOf")} rules={[zodRule(["source", "asOf"])]} {...isoDateItemProps}>
            <DateField placeholder={t("form.datePlaceholder")} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name={["source", "passage"]} label={t("form.source.passage")} rules={[zodRule(["source", "passage"])]}>
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
