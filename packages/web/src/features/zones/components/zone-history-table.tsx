import { formatDateTimeVi, type ZoneDetail, type ZoneHistoryEntry, zoneFieldLabels } from "@dondoc/domain";
import { Card, Table } from "antd";
import { useI18n } from "../../../i18n/i18n-context";
import { useZoneNames } from "../hooks/use-zone-names";
import { formatFieldValue } from "../zone-value-format";
import { ProvenanceNote } from "./provenance-note";

/** Every recorded value of every field, newest first, with its source. */
export function ZoneHistoryTable({ zone }: { zone: ZoneDetail }) {
  const i18n = useI18n();
  const { t, label, date } = i18n;
  const names = useZoneNames(zone);
  const fieldLabel = (field: string) => {
    const labels = (zoneFieldLabels as Record<string, { vi: string; en: string }>)[field];
    return labels ? label(labels) : field;
  };
  return (
    <Card title={t("zone.section.history")} size="small">
      <Table<ZoneHistoryEntry>
        data-testid="zone-history"
        rowKey="id"
        size="small"
        dataSource={zone.history}
        locale={{ emptyText: t("zone.history.empty") }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(entry) => ({ "data-field": entry.field }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t("zone.history.field"), dataIndex: "field", width: 200, render: (field: string) => fieldLabel(field) },
          {
            title: t("zone.history.value"),
            dataIndex: "value",
            render: (value: unknown, entry) => <span className="history-value">{formatFieldValue(entry.field, value, i18n, names)}</span>,
          },
          { title: t("zone.history.asOf"), dataIndex: "asOf", width: 110, render: (asOf: string | null) => date(asOf) },
          {
            title: t("zone.history.source"),
            key: "source",
            render: (_, entry) => <ProvenanceNote source={{ ...entry.source, asOf: null }} />,
          },
          { title: t("zone.history.recordedAt"), dataIndex: "recordedAt", width: 150, render: (at: string) => formatDateTimeVi(at) },
        ]}
      />
    </Card>
  );
}
