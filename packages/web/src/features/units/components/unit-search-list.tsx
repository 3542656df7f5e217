import { Button, Empty, Tag, Typography } from "antd";
import type { Unit } from "../../../api/reference-api";
import { useI18n } from "../../../i18n/i18n-context";
import { useDistricts } from "../../../shared/use-reference";
import { isFormer, levelKey } from "../unit-level";

/** The units found, old ones marked with their end date, new ones with their start date. */
export function UnitSearchList({ units, selectedId, onSelect }: { units: Unit[]; selectedId: string | null; onSelect(id: string): void }) {
  const { t, date } = useI18n();
  const districts = new Map((useDistricts().data?.items ?? []).map((d) => [d.id, d.name]));
  /** the old district, which tells apart the several old communes of one name */
  const districtOf = (unit: Unit) =>
    [...new Set([unit.parentId ?? "", ...unit.formerDistrictIds])]
      .map((id) => districts.get(id))
      .filter(Boolean)
      .join(", ");
  if (units.length === 0) return <Empty description={t("units.none")} />;
  return (
    <ul className="plain-list" data-testid="unit-results">
      {units.map((unit) => (
        <li key={unit.id}>
          <Button
            type={unit.id === selectedId ? "primary" : "text"}
            ghost={unit.id === selectedId}
            block
            onClick={() => onSelect(unit.id)}
            data-testid="unit-result"
            style={{ display: "flex", justifyContent: "space-between", height: "auto", padding: "4px 8px" }}
          >
            <span>
              {unit.name} <Tag>{t(levelKey[unit.level])}</Tag>
              {districtOf(unit) ? <Typography.Text type="secondary">{districtOf(unit)}</Typography.Text> : null}
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {isFormer(unit)
                ? t("units.validTo", { date: date(unit.validTo) })
                : unit.validFrom
                  ? t("units.validFrom", { date: date(unit.validFrom) })
                  : ""}
            </Typography.Text>
          </Button>
        </li>
      ))}
    </ul>
  );
}
