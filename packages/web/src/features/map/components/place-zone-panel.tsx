import type { ZoneSummary } from "@dondoc/domain";
import { Alert, Button, Card, Select, Space } from "antd";
import { useI18n } from "../../../i18n/i18n-context";
import { viSearch } from "../../../shared/vi-search";

/** An editor chooses a zone, then clicks on the map to place or move it. */
export function PlaceZonePanel(props: {
  zones: ZoneSummary[];
  selectedId: string | null;
  saving: boolean;
  onSelect(id: string | null): void;
}) {
  const { t } = useI18n();
  const selected = props.zones.find((z) => z.id === props.selectedId);
  return (
    <Card size="small" title={t("map.place.title")} data-testid="place-zone">
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Select
          allowClear
          showSearch={viSearch}
          style={{ width: "100%" }}
          placeholder={t("map.place.choose")}
          aria-label={t("map.place.choose")}
          data-testid="place-zone-select"
          value={props.selectedId}
          onChange={(id: string | null | undefined) => props.onSelect(id ?? null)}
          options={props.zones.map((z) => ({ value: z.id, label: z.name }))}
        />
        {selected ? (
          <Alert
            type="info"
            showIcon
            title={t("map.place.hint", { name: selected.name })}
            action={
              <Button size="small" loading={props.saving} onClick={() => props.onSelect(null)}>
                {t("map.place.cancel")}
              </Button>
            }
          />
        ) : null}
      </Space>
    </Card>
  );
}
