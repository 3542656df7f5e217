import { FileTextOutlined } from "@ant-design/icons";
import type { SourceRef } from "@dondoc/domain";
import { Typography } from "antd";
import { useI18n } from "../../../i18n/i18n-context";

/** Where a figure comes from: the document (or person and date), the passage, and the date the figure is valid for. */
export function ProvenanceNote({ source, testId }: { source: SourceRef | undefined; testId?: string }) {
  const { t, date } = useI18n();
  if (!source) {
    return (
      <Typography.Text type="secondary" italic style={{ fontSize: 12 }} data-testid={testId}>
        {t("zone.noSource")}
      </Typography.Text>
    );
  }
  return (
    <div className="provenance" data-testid={testId}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <FileTextOutlined /> {source.label}
        {source.asOf ? ` · ${t("zone.asOf", { date: date(source.asOf) })}` : ""}
      </Typography.Text>
      {source.passage ? (
        <Typography.Paragraph type="secondary" italic style={{ fontSize: 12, margin: 0 }} ellipsis={{ rows: 2, tooltip: source.passage }}>
          “{source.passage}”
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
