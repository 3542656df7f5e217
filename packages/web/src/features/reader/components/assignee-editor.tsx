import { CloseOutlined } from "@ant-design/icons";
import type { reader } from "@dondoc/domain";
import { Button, Checkbox, Flex, Select, Tag, Typography } from "antd";
import type { Agency } from "../../../api/reference-api";
import { useI18n } from "../../../i18n/i18n-context";
import { viSearch } from "../../../shared/vi-search";

/**
 * The leads (or coordinators) of a task as the document writes them, each with the registry agency it
 * resolved to; an unresolved name is marked in orange and the reviewer picks its agency or keeps it
 * explicitly "ngoài danh mục" (a ministry, another province, "các chủ đầu tư"): recorded as written.
 */
export function AssigneeEditor(props: {
  label: string;
  names: string[];
  resolved: (reader.ResolvedName | null)[];
  outside: string[];
  onKeepOutside: (name: string, keep: boolean) => void;
  agencies: Agency[];
  testId: string;
  onResolve: (j: number, agency: { id: string; name: string } | null) => void;
  onAdd: (agency: { id: string; name: string }) => void;
  onRemove: (j: number) => void;
}) {
  const { t } = useI18n();
  const options = props.agencies.map((a) => ({ value: a.id, label: a.name }));
  const byId = new Map(props.agencies.map((a) => [a.id, a]));
  const keys = occurrenceKeys(props.names);
  const pick = (id: string | null | undefined) => {
    const agency = id ? byId.get(id) : undefined;
    return agency ? { id: agency.id, name: agency.name } : null;
  };
  return (
    <div data-testid={props.testId}>
      <Flex gap={8} align="center" justify="space-between">
        <Typography.Text type="secondary">{props.label}</Typography.Text>
        <Select
          showSearch={viSearch}
          size="small"
          variant="borderless"
          style={{ width: 200 }}
          popupMatchSelectWidth={320}
          placeholder={t("reader.addAgency")}
          aria-label={`${props.label}: ${t("reader.addAgency")}`}
          value={null}
          options={options}
          onChange={(id: string | null) => {
            const agency = pick(id);
            if (agency) props.onAdd(agency);
          }}
        />
      </Flex>
      {props.names.map((name, j) => {
        const resolved = props.resolved[j] ?? null;
        const kept = !resolved && props.outside.includes(name);
        return (
          <Flex
            key={keys[j]}
            gap={8}
            align="center"
            wrap
            style={{ marginTop: 4 }}
            data-testid="assignee"
            data-resolved={resolved ? "yes" : kept ? "outside" : "no"}
          >
            <Typography.Text style={{ flex: "1 1 180px" }}>{name}</Typography.Text>
            {resolved ? null : kept ? (
              <Tag color="blue" data-testid="outside-registry">
                {t("reader.outsideRegistry")}
              </Tag>
            ) : (
              <Tag color="orange" data-testid="unresolved">
                {t("reader.unresolved")}
              </Tag>
            )}
            {resolved ? null : (
              <Checkbox checked={kept} data-testid="keep-outside" onChange={(e) => props.onKeepOutside(name, e.target.checked)}>
                {t("reader.keepOutside")}
              </Checkbox>
            )}
            <Select
              allowClear
              showSearch={viSearch}
              size="small"
              status={resolved || kept ? undefined : "warning"}
              style={{ flex: "1 1 220px", minWidth: 200 }}
              placeholder={t("reader.chooseAgency")}
              aria-label={t("reader.agencyOf", { name })}
              popupMatchSelectWidth={false}
              value={resolved?.agencyId ?? null}
              options={options}
              onChange={(id: string | null | undefined) => props.onResolve(j, pick(id))}
            />
            <Button
              size="small"
              type="text"
              icon={<CloseOutlined />}
              aria-label={t("reader.removeName", { name })}
              onClick={() => props.onRemove(j)}
            />
          </Flex>
        );
      })}
    </div>
  );
}

/** Keys for a list of names that may repeat: "A#0", "B#0", "A#1". */
function occurrenceKeys(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    return `${name}#${n}`;
  });
}
