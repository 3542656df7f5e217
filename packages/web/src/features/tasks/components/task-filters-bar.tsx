import { documentKindLabel, type TaskStatus, taskStatuses } from "@dondoc/domain";
import { Button, DatePicker, Flex, Input, Select } from "antd";
import dayjs from "dayjs";
import { useI18n } from "../../../i18n/i18n-context";
import { useAgencies, useDocuments } from "../../../shared/use-reference";
import { viSearch } from "../../../shared/vi-search";
import type { InboxFilter } from "../task-filter-url";

/** Filters of the task lists: words of the task (accent-insensitive), lead agency (for those who see every agency), document, status, and "as of" a past date. */
export function TaskFiltersBar(props: { filter: InboxFilter; onChange: (change: Partial<InboxFilter>) => void; showAgency: boolean }) {
  const { t, lang } = useI18n();
  const { filter, onChange } = props;
  const agencies = useAgencies().data?.items ?? [];
  const documents = (useDocuments().data?.items ?? []).filter((d) => !d.id.startsWith("ref-"));
  const hasFilter = Boolean(filter.agency || filter.document || filter.status || filter.asOf || filter.q);
  return (
    <Flex wrap gap={8} align="center">
      <Input.Search
        key={filter.q ?? ""}
        allowClear
        data-testid="filter-q"
        aria-label={t("task.filter.q")}
        placeholder={t("task.filter.q")}
        style={{ width: 260 }}
        defaultValue={filter.q}
        maxLength={200}
        onSearch={(value) => onChange({ q: value.normalize("NFC").trim() || undefined })}
      />
      {props.showAgency ? (
        <Select
          allowClear
          showSearch={viSearch}
          data-testid="filter-agency"
          aria-label={t("task.filter.agency")}
          placeholder={t("task.filter.agency")}
          popupMatchSelectWidth={false}
          style={{ width: 260 }}
          value={filter.agency ?? null}
          options={agencies.map((a) => ({ value: a.id, label: a.name }))}
          onChange={(value: string | null | undefined) => onChange({ agency: value ?? undefined })}
        />
      ) : null}
      <Select
        allowClear
        showSearch={viSearch}
        data-testid="filter-document"
        aria-label={t("task.filter.document")}
        placeholder={t("task.filter.document")}
        popupMatchSelectWidth={false}
        style={{ width: 260 }}
        value={filter.document ?? null}
        options={documents.map((d) => ({
          value: d.id,
          label: `${documentKindLabel(d.type, lang)} ${d.number ?? ""} · ${d.title}`.replace(/\s+·/, " ·"),
        }))}
        onChange={(value: string | null | undefined) => onChange({ document: value ?? undefined })}
      />
      {filter.tab === "all" ? (
        <Select
          allowClear
          data-testid="filter-status"
          aria-label={t("task.filter.status")}
          placeholder={t("task.filter.status")}
          popupMatchSelectWidth={false}
          style={{ width: 210 }}
          value={filter.status ?? null}
          options={taskStatuses.map((s) => ({ value: s, label: t(`task.status.${s}`) }))}
          onChange={(value: TaskStatus | null | undefined) => onChange({ status: value ?? undefined })}
        />
      ) : null}
      <DatePicker
        data-testid="filter-as-of"
        aria-label={t("task.filter.asOf")}
        placeholder={t("task.filter.asOf")}
        format="DD/MM/YYYY"
        value={filter.asOf ? dayjs(filter.asOf) : null}
        onChange={(value) => onChange({ asOf: value ? value.format("YYYY-MM-DD") : undefined })}
      />
      {hasFilter ? (
        <Button
          type="link"
          onClick={() => onChange({ agency: undefined, document: undefined, status: undefined, asOf: undefined, q: undefined })}
        >
          {t("zones.filter.clear")}
        </Button>
      ) : null}
    </Flex>
  );
}
