import { useQuery } from "@tanstack/react-query";
import { Card, Descriptions, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { getUnit, referenceKeys, type UnitDetail } from "../../../api/reference-api";
import { listZones, zoneKeys } from "../../../api/zones-api";
import { useI18n } from "../../../i18n/i18n-context";
import { QueryState } from "../../../shared/query-state";
import { useDistricts } from "../../../shared/use-reference";
import { isFormer, levelKey } from "../unit-level";

interface Linked {
  id: string;
  name: string;
  partial?: boolean;
  parentId?: string | null;
}

/** One unit with its predecessors or successors across 1/7/2025, a district's communes, and the zones in it. */
export function UnitDetailCard({ id, onSelect }: { id: string; onSelect(id: string): void }) {
  const query = useQuery({ queryKey: referenceKeys.unit(id), queryFn: ({ signal }) => getUnit(id, signal) });
  return <QueryState query={query}>{(unit) => <UnitDetailView unit={unit} onSelect={onSelect} />}</QueryState>;
}

function UnitDetailView({ unit, onSelect }: { unit: UnitDetail; onSelect(id: string): void }) {
  const { t, date } = useI18n();
  const districtNames = new Map((useDistricts().data?.items ?? []).map((d) => [d.id, d.name]));
  const district = unit.level === "district" || unit.level === "city";
  const former = isFormer(unit);
  const filter = district ? { formerDistrict: unit.id, pageSize: 100 } : { commune: unit.id, pageSize: 100 };
  const zones = useQuery({
    queryKey: zoneKeys.list(filter),
    queryFn: ({ signal }) => listZones(filter, signal),
    enabled: unit.level !== "province",
  });

  const links = (items: Linked[], testId: string) => (
    <ul className={items.length > 8 ? "plain-list two-columns" : "plain-list"} data-testid={testId}>
      {items.length === 0 ? <li>{t("units.none")}</li> : null}
      {items.map((u) => (
        <li key={u.id}>
          <Typography.Link onClick={() => onSelect(u.id)}>{u.name}</Typography.Link>
          {u.parentId && u.parentId !== unit.id && districtNames.has(u.parentId) ? (
            <Typography.Text type="secondary"> ({districtNames.get(u.parentId)})</Typography.Text>
          ) : null}
          {u.partial ? <Tag style={{ marginLeft: 6 }}>{t("units.partial")}</Tag> : null}
        </li>
      ))}
    </ul>
  );
  const rows: { key: string; label: string; children: ReactNode }[] = [
    { key: "level", label: t("zone.kind"), children: `${t(levelKey[unit.level])}${unit.code ? ` · ${unit.code}` : ""}` },
    {
      key: "validity",
      label: t("units.validity"),
      children: former
        ? t("units.validTo", { date: date(unit.validTo) })
        : unit.validFrom
          ? t("units.validFrom", { date: date(unit.validFrom) })
          : "—",
    },
  ];
  if (unit.formerDistrictIds.length > 0) {
    rows.push({
      key: "formerDistricts",
      label: t("units.formerDistricts"),
      children: unit.formerDistrictIds.map((d) => districtNames.get(d) ?? d).join(", "),
    });
  }
  if (district) {
    rows.push({ key: "old", label: t("units.oldCommunes"), children: links(unit.children.filter(isFormer), "unit-old-communes") });
    rows.push({
      key: "new",
      label: t("units.newCommunes"),
      children: links(
        unit.children.filter((c) => !isFormer(c)),
        "unit-new-communes",
      ),
    });
  } else if (unit.level !== "province") {
    if (former) rows.push({ key: "successors", label: t("units.successors"), children: links(unit.successors, "unit-successors") });
    else rows.push({ key: "predecessors", label: t("units.predecessors"), children: links(unit.predecessors, "unit-predecessors") });
  }
  if (unit.level !== "province") {
    const found = zones.data?.items ?? [];
    rows.push({
      key: "zones",
      label: t("units.zones"),
      children: (
        <ul className="plain-list">
          {found.length === 0 ? <li>{t("units.none")}</li> : null}
          {found.map((z) => (
            <li key={z.id}>
              <Link to={`/zones/${encodeURIComponent(z.id)}`}>{z.name}</Link>
            </li>
          ))}
        </ul>
      ),
    });
  }

  return (
    <Card
      size="small"
      data-testid="unit-detail"
      title={
        <>
          {unit.name} {unit.status === "unverified" ? <Tag color="orange">{t("units.unconfirmed")}</Tag> : null}
        </>
      }
    >
      <Descriptions bordered size="small" column={1} items={rows} styles={{ label: { width: 200 } }} />
    </Card>
  );
}
