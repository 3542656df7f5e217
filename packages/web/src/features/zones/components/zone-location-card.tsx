import { EnvironmentOutlined } from "@ant-design/icons";
import type { ZoneDetail } from "@dondoc/domain";
import { Card, Descriptions, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18n-context";
import type { MessageKey } from "../../../i18n/translate";
import { ProvenanceNote } from "./provenance-note";

const basisKey: Record<string, MessageKey> = {
  document: "zone.basis.document",
  name: "zone.basis.name",
  inferred: "zone.basis.inferred",
  user: "zone.basis.user",
};

/** Old location (former district) and new (2025 communes, each with how it was established), and the point. */
export function ZoneLocationCard({ zone }: { zone: ZoneDetail }) {
  const { t, num } = useI18n();
  const unitLink = (id: string, name: string) => <Link to={`/units?id=${encodeURIComponent(id)}`}>{name}</Link>;
  const location = zone.location;
  const items = [
    {
      key: "formerDistrict",
      label: t("zone.formerDistrict"),
      children: (
        <>
          <div data-testid="field-formerDistrictId">
            {zone.formerDistrict ? unitLink(zone.formerDistrict.id, zone.formerDistrict.name) : "—"}
          </div>
          <ProvenanceNote source={zone.provenance.formerDistrictId} />
        </>
      ),
    },
    {
      key: "communes",
      label: t("zone.communes"),
      children: (
        <>
          <ul className="plain-list" data-testid="field-communeIds">
            {zone.communes.length === 0 ? <li>—</li> : null}
            {zone.communes.map((c) => (
              <li key={c.id}>
                {unitLink(c.id, c.name)}{" "}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  ({basisKey[c.basis] ? t(basisKey[c.basis] as MessageKey) : c.basis})
                </Typography.Text>
              </li>
            ))}
          </ul>
          <ProvenanceNote source={zone.provenance.communeIds} />
        </>
      ),
    },
    {
      key: "location",
      label: t("zone.coordinates"),
      children: (
        <div data-testid="field-location">
          {location ? (
            <>
              <EnvironmentOutlined /> {num(location.lat, 5)}; {num(location.lon, 5)}{" "}
              {location.approximate ? (
                <>
                  <Tag color="orange">{t("zone.approximate")}</Tag>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("zone.approximateHint", { commune: zone.communes[0]?.name ?? "—" })}
                    </Typography.Text>
                  </div>
                </>
              ) : (
                <ProvenanceNote source={zone.provenance.location} />
              )}
            </>
          ) : (
            <Tag>{t("zone.noLocation")}</Tag>
          )}
        </div>
      ),
    },
  ];
  return (
    <Card title={t("zone.section.location")} size="small">
      <Descriptions bordered size="small" column={1} items={items} styles={{ label: { width: 180 } }} />
    </Card>
  );
}
