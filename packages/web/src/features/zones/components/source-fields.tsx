import { documentKindLabel } from "@dondoc/domain";
import { Card, Col, Form, Input, Radio, Row, Select } from "antd";
import { useI18n } from "../../../i18n/i18n-context";
import { useDocuments } from "../../../shared/use-reference";
import { viSearch } from "../../../shared/vi-search";
import { DateField, isoDateItemProps } from "./date-field";
import { zodRule } from "./zone-form-rules";

/** Kinds offered for a new source document (free text is allowed too). */
export const DOCUMENT_TYPES = ["Công văn", "Quyết định", "Thông báo", "Báo cáo", "Kế hoạch", "Tờ trình", "Biên bản"];

/**
 * "Nguồn của thay đổi": the document (one of the registry, or a new one entered here with its number,
 * date and issuer, recorded with the figures), the passage and the as-of date (all optional).
 */
export function SourceFields() {
  const { t, date, lang } = useI18n();
  const documents = useDocuments().data?.items ?? [];
  const kind = Form.useWatch(["source", "kind"]) ?? "existing";
  const options = documents.map((d) => ({
    value: d.id,
    label: `${documentKindLabel(d.type, lang)}${d.number ? ` ${d.number}` : ""}${d.issuedOn ? ` (${date(d.issuedOn)})` : ""} — ${d.title}`,
  }));
  return (
    <Card size="small" title={`${t("form.source")} (${t("form.source.optional")})`} data-testid="source-fields">
      <Form.Item name={["source", "kind"]} initialValue="existing" label={t("form.source.kind")}>
        <Radio.Group
          optionType="button"
          options={[
            { value: "existing", label: t("form.source.kind.existing") },
            { value: "new", label: t("form.source.kind.new") },
          ]}
          data-testid="source-kind"
        />
      </Form.Item>
      <Row gutter={16}>
        {kind === "new" ? (
          <>
            <Col xs={24} md={8}>
              <Form.Item
                name={["source", "newDocument", "number"]}
                label={t("form.source.new.number")}
                rules={[zodRule(["source", "newDocument", "number"])]}
              >
                <Input maxLength={60} placeholder="1234/SCT-QLCN" data-testid="source-new-number" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={["source", "newDocument", "issuedOn"]}
                label={t("form.source.new.issuedOn")}
                rules={[zodRule(["source", "newDocument", "issuedOn"])]}
                {...isoDateItemProps}
              >
                <DateField placeholder={t("form.datePlaceholder")} testId="source-new-issued-on" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={["source", "newDocument", "type"]} label={t("form.source.new.type")} initialValue="Công văn">
                <Select options={DOCUMENT_TYPES.map((v) => ({ value: v, label: documentKindLabel(v, lang) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={["source", "newDocument", "issuer"]}
                label={t("form.source.new.issuer")}
                rules={[zodRule(["source", "newDocument", "issuer"])]}
              >
                <Input maxLength={200} data-testid="source-new-issuer" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={["source", "newDocument", "title"]}
                label={t("form.source.new.title")}
                rules={[zodRule(["source", "newDocument", "title"])]}
              >
                <Input maxLength={500} />
              </Form.Item>
            </Col>
          </>
        ) : (
          <Col xs={24} md={16}>
            <Form.Item name={["source", "documentId"]} label={t("form.source.document")} rules={[zodRule(["source", "documentId"])]}>
              <Select allowClear showSearch={viSearch} placeholder={t("form.select")} options={options} popupMatchSelectWidth={false} />
            </Form.Item>
          </Col>
        )}
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
