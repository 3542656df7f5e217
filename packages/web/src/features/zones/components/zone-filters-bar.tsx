import { type ZoneFilter, zoneKindLabels, zoneKinds, zonePhaseLabels, zonePhases, zoneStageLabels, zoneStages } from "@dondoc/domain";
import { Button, Flex, Input, Select } from "antd";
import { useEffect, useRef, useState } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import { useCommunes2025, useDistricts } from "../../../shared/use-reference";
import { viSearch } from "../../../shared/vi-search";

const SEARCH_DELAY_MS = 350;

export function ZoneFiltersBar({ filter, onChange }: { filter: ZoneFilter; onChange: (change: Partial<ZoneFilter>) => void }) {
  const { t, label } = useI18n();
  const districts = useDistricts().data?.items ?? [];
  const communes = useCommunes2025().data?.items ?? [];
  const [text, setText] = useState(filter.q ?? "");
  const sent = useRef(filter.q ?? "");

  // the address bar changed (back button, "clear filters"): show its search text
  useEffect(() => {
    const q = filter.q ?? "";
    if (q !== sent.current) {
      sent.current = q;
      setText(q);
    }
  }, [filter.q]);
  // typing searches after a short pause
  useEffect(() => {
    const q = text.trim();
    if (q === sent.current) return;
    const timer = setTimeout(() => {
      // Enter may have sent it meanwhile; sending again would undo a navigation that followed
      if (q === sent.current) return;
      sent.current = q;
      onChange({ q: q || undefined });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, onChange]);
  const search = (value: string) => {
    sent.current = value.trim();
    onChange({ q: value.trim() || undefined });
  };

  const communeOptions = communes
    .filter((c) => !filter.formerDistrict || c.formerDistrictIds.includes(filter.formerDistrict))
    .map((c) => ({ value: c.id, label: c.name }));
  const select = (
    key: "kind" | "stage" | "phase" | "formerDistrict" | "commune",
    placeholder: string,
    options: { value: string; label: string }[],
    width = 170,
  ) => (
    <Select
      allowClear
      showSearch={viSearch}
      aria-label={placeholder}
      data-testid={`filter-${key}`}
      placeholder={placeholder}
      popupMatchSelectWidth={false}
      style={{ width }}
      value={filter[key] ?? null}
      options={options}
      onChange={(value: string | null | undefined) => onChange({ [key]: value ?? undefined })}
    />
  );
  const hasFilter = Boolean(filter.kind || filter.stage || filter.phase || filter.formerDistrict || filter.commune || filter.q);

  return (
    <Flex wrap gap={8} align="center">
      <Input.Search
        allowClear
        data-testid="zone-search"
        aria-label={t("zones.search")}
        placeholder={t("zones.search")}
        style={{ width: 300 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={search}
      />
      {select(
        "kind",
        t("zones.filter.kind"),
        zoneKinds.map((k) => ({ value: k, label: `${k} — ${label(zoneKindLabels[k])}` })),
        120,
      )}
      {select(
        "stage",
        t("zones.filter.stage"),
        zoneStages.map((s) => ({ value: s, label: label(zoneStageLabels[s]) })),
        190,
      )}
      {select(
        "phase",
        t("zones.filter.phase"),
        zonePhases.map((p) => ({ value: p, label: label(zonePhaseLabels[p]) })),
        160,
      )}
      {select(
        "formerDistrict",
        t("zones.filter.formerDistrict"),
        districts.map((d) => ({ value: d.id, label: d.name })),
      )}
      {select("commune", t("zones.filter.commune"), communeOptions, 180)}
      {hasFilter ? (
        <Button
          type="link"
          onClick={() =>
            onChange({ kind: undefined, stage: undefined, phase: undefined, formerDistrict: undefined, commune: undefined, q: undefined })
          }
        >
          {t("zones.filter.clear")}
        </Button>
      ) : null}
    </Flex>
  );
}
