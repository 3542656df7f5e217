import type { ZoneDetail } from "@dondoc/domain";
import { zoneFieldLabels } from "@dondoc/domain";
import { Card, Descriptions } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import { useZoneNames } from "../hooks/use-zone-names";
import { formatFieldValue } from "../zone-value-format";
import { ProvenanceNote } from "./provenance-note";

type Field = keyof typeof zoneFieldLabels;
const general: Field[] = [
  "kind",
  "name",
  "aliases",
  "stage",
  "phase",
  "fundingSource",
  "investorId",
  "establishmentDecisionNumber",
  "note",
];
const figures: Field[] = ["areaHa", "industrialLandHa", "leasedLandHa", "totalInvestmentMillionVnd"];
/** shown after occupancy: the central wastewater plant and fire safety (issue 7) */
const infrastructure: Field[] = ["wastewaterStatus", "wastewaterCapacityM3", "wastewaterMonitoring", "fireSafetyStatus"];

/** The zone's fields, each value with its source right under it. */
export function ZoneFieldsCard({ zone, section }: { zone: ZoneDetail; section: "general" | "figures" }) {
  const i18n = useI18n();
  const { t, label, pct, date } = i18n;
  const names = useZoneNames(zone);
  const current: Record<Field, unknown> = {
    kind: zone.kind,
    name: zone.name,
    aliases: zone.aliases,
    stage: zone.stage,
    phase: zone.phase,
    fundingSource: zone.fundingSource,
    formerDistrictId: zone.formerDistrict?.id,
    communeIds: zone.communes.map((c) => c.id),
    areaHa: zone.areaHa,
    industrialLandHa: zone.industrialLandHa,
    leasedLandHa: zone.leasedLandHa,
    totalInvestmentMillionVnd: zone.totalInvestmentMillionVnd,
    investorId: zone.investor?.id,
    establishmentDecisionNumber: zone.establishmentDecision?.number,
    establishmentDecisionDate: zone.establishmentDecision?.date,
    location: zone.location,
    note: zone.note,
    industries: zone.industries,
    rentalPrice: zone.rentalPrice,
    contact: zone.contact,
    wastewaterStatus: zone.wastewaterStatus,
    wastewaterCapacityM3: zone.wastewaterCapacityM3,
    wastewaterMonitoring: zone.wastewaterMonitoring,
    fireSafetyStatus: zone.fireSafetyStatus,
  };

  const item = (field: Field, value: ReactNode) => ({
    key: field,
    label: label(zoneFieldLabels[field]),
    children: (
      <>
        <div data-testid={`field-${field}`}>{value}</div>
        <ProvenanceNote source={zone.provenance[field]} testId={`source-${field}`} />
      </>
    ),
  });
  const decision = zone.establishmentDecision;
  const items =
    section === "general"
      ? general.map((field) =>
          field === "establishmentDecisionNumber"
            ? {
                ...item(field, decision?.number ? t("zone.decision", { number: decision.number, date: date(decision.date) }) : "—"),
                label: t("zone.field.decision"),
              }
            : item(field, formatFieldValue(field, current[field], i18n, names)),
        )
      : [
          ...figures.map((field) => item(field, formatFieldValue(field, current[field], i18n, names))),
          {
            key: "occupancy",
            label: t("zone.field.occupancy"),
            children: <span data-testid="field-occupancy">{pct(zone.occupancy)}</span>,
          },
          ...infrastructure.map((field) => item(field, formatFieldValue(field, current[field], i18n, names))),
        ];

  return (
    <Card title={t(section === "general" ? "zone.section.general" : "zone.section.figures")} size="small">
      <Descriptions bordered size="small" column={1} items={items} styles={{ label: { width: 220 } }} />
    </Card>
  );
}
