import type { ZoneDetail } from "@dondoc/domain";
import { Card, Table } from "antd";
import { useI18n } from "../../../i18n/i18n-context";
import type { MessageKey } from "../../../i18n/translate";
import { ProvenanceNote } from "./provenance-note";

type PlanEntry = ZoneDetail["planEntries"][number];
const kinds = new Set(["operating", "established", "new", "expansion"]);
const phases = new Set(["2021-2025", "2026-2030", "after-2030"]);

/** The rows of QĐ 609's tables (003) that name this zone, each with the table and row it comes from. */
export function ZonePlanTable({ zone }: { zone: ZoneDetail }) {
  const { t, num } = useI18n();
  return (
    <Card title={t("zone.section.plan")} size="small">
      <Table<PlanEntry & { key: number }>
        data-testid="zone-plan"
        size="small"
        pagination={false}
        dataSource={zone.planEntries.map((p, key) => ({ ...p, key }))}
        locale={{ emptyText: t("zone.plan.empty") }}
        columns={[
          {
            title: t("zone.plan.kind"),
            dataIndex: "kind",
            render: (kind: string, p) => (
              <>
                <div>{kinds.has(kind) ? t(`zone.plan.kind.${kind}` as MessageKey) : kind}</div>
                <ProvenanceNote source={p.source} />
              </>
            ),
          },
          {
            title: t("zone.plan.phase"),
            dataIndex: "phase",
            width: 96,
            render: (phase: string | null) => (phase && phases.has(phase) ? t(`phase.short.${phase}` as MessageKey) : "—"),
          },
          { title: t("zone.plan.area"), dataIndex: "areaHa", align: "right", width: 84, render: (v: number) => num(v) },
          {
            title: t("zone.plan.investment"),
            dataIndex: "investmentMillionVnd",
            align: "right",
            width: 116,
            render: (v: number | null) => num(v, 0),
          },
        ]}
      />
    </Card>
  );
}
