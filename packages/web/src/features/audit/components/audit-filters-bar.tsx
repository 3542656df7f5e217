import { Button, DatePicker, Flex, Input, Select } from "antd";
import dayjs from "dayjs";
import type { AuditFilter } from "../../../api/audit-api";
import { useI18n } from "../../../i18n/i18n-context";
import { viSearch } from "../../../shared/vi-search";
import { auditActions, auditEntities } from "../audit-vocabulary";

/** Filters of the audit log: what kind of thing, which one, who, what action, between which days. */
export function AuditFiltersBar(props: {
  filter: AuditFilter;
  actors: { value: string; label: string }[];
  onChange: (change: Partial<AuditFilter>) => void;
}) {
  const { t } = useI18n();
  const { filter, onChange } = props;
  const hasFilter = Boolean(filter.entity || filter.entityId || filter.actorId || filter.action || filter.from || filter.to);
  return (
    <Flex wrap gap={8} align="center">
      <Select
        allowClear
        data-testid="audit-entity"
        aria-label={t("audit.filter.entity")}
        placeholder={t("audit.filter.entity")}
        style={{ width: 160 }}
        value={filter.entity ?? null}
        options={auditEntities.map((e) => ({ value: e, label: t(`audit.entity.${e}`) }))}
        onChange={(value: string | null | undefined) => onChange({ entity: value ?? undefined })}
      />
      <Input.Search
        allowClear
        data-testid="audit-entity-id"
        aria-label={t("audit.filter.entityId")}
        placeholder={t("audit.filter.entityId")}
        style={{ width: 220 }}
        defaultValue={filter.entityId}
        onSearch={(value) => onChange({ entityId: value.trim() || undefined })}
      />
      {props.actors.length > 0 ? (
        <Select
          allowClear
          showSearch={viSearch}
          data-testid="audit-actor"
          aria-label={t("audit.filter.actor")}
          placeholder={t("audit.filter.actor")}
          popupMatchSelectWidth={false}
          style={{ width: 220 }}
          value={filter.actorId ?? null}
          options={props.actors}
          onChange={(value: string | null | undefined) => onChange({ actorId: value ?? undefined })}
        />
      ) : null}
      <Select
        allowClear
        showSearch={viSearch}
        data-testid="audit-action"
        aria-label={t("audit.filter.action")}
        placeholder={t("audit.filter.action")}
        popupMatchSelectWidth={false}
        style={{ width: 220 }}
        value={filter.action ?? null}
        options={auditActions.map((a) => ({ value: a, label: t(`audit.action.${a}`) }))}
        onChange={(value: string | null | undefined) => onChange({ action: value ?? undefined })}
      />
      <DatePicker.RangePicker
        data-testid="audit-range"
        format="DD/MM/YYYY"
        placeholder={[t("audit.filter.from"), t("audit.filter.to")]}
        value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
        onChange={(range) => onChange({ from: range?.[0]?.format("YYYY-MM-DD"), to: range?.[1]?.format("YYYY-MM-DD") })}
      />
      {hasFilter ? (
        <Button
          type="link"
          onClick={() =>
            onChange({ entity: undefined, entityId: undefined, actorId: undefined, action: undefined, from: undefined, to: undefined })
          }
        >
          {t("zones.filter.clear")}
        </Button>
      ) : null}
    </Flex>
  );
}
