import type { reader } from "@dondoc/domain";
import { Card, Col, Input, Row, Typography } from "antd";
import { useI18n } from "../../../i18n/i18n-context";

type Header = Omit<reader.DocumentProposal, "tasks" | "meetings">;
const fields: { key: keyof Header; span: number; required?: boolean }[] = [
  { key: "docType", span: 6, required: true },
  { key: "number", span: 9 },
  { key: "issuedOn", span: 9 },
  { key: "issuer", span: 12, required: true },
  { key: "signer", span: 12 },
  { key: "signerAuthority", span: 24 },
];

/** The document's header as read: type, number, date, issuer, signer, title (type, issuer and title are required). */
export function ProposalHeaderCard({ header, onChange }: { header: Header; onChange: (patch: Partial<Header>) => void }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t("reader.header")} data-testid="proposal-header">
      <Row gutter={[8, 8]}>
        {fields.map(({ key, span, required }) => (
          <Col span={span} key={key}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`reader.field.${key}`)}
            </Typography.Text>
            <Input
              size="small"
              data-testid={`header-${key}`}
              value={header[key] ?? ""}
              status={required && !header[key]?.trim() ? "error" : undefined}
              placeholder={key === "issuedOn" ? t("reader.issuedOnHint") : undefined}
              onChange={(e) => onChange({ [key]: e.target.value || null })}
            />
          </Col>
        ))}
        <Col span={24}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("reader.field.title")}
          </Typography.Text>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            data-testid="header-title"
            value={header.title ?? ""}
            status={header.title?.trim() ? undefined : "error"}
            onChange={(e) => onChange({ title: e.target.value || null })}
          />
        </Col>
      </Row>
    </Card>
  );
}
