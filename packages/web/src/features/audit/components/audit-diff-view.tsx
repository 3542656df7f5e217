import { roleLabels, zoneFieldLabels } from "@dondoc/domain";
import { Typography } from "antd";
import { type I18n, useI18n } from "../../../i18n/i18n-context";
import { formatFieldValue } from "../../zones/zone-value-format";
import { auditDiff } from "../audit-diff";

const knownFields = [
  "id",
  "name",
  "role",
  "agencyId",
  "disabled",
  "username",
  "displayUsername",
  "mustChangePassword",
  "type",
  "text",
  "percent",
  "completedOn",
  "newDueDate",
  "attachments",
  "title",
  "tasks",
] as const;
type KnownField = (typeof knownFields)[number];
const hidden = ["id", "displayUsername"];

function fieldLabel(entity: string, field: string, i18n: I18n): string {
  const zoneLabel = (zoneFieldLabels as Record<string, { vi: string; en: string }>)[field];
  if (entity === "zone" && zoneLabel) return i18n.label(zoneLabel);
  return (knownFields as readonly string[]).includes(field) ? i18n.t(`audit.field.${field as KnownField}`) : field;
}

function valueText(entity: string, field: string, value: unknown, i18n: I18n, names: Map<string, string>): string {
  if (value === undefined || value === null || value === "") return "—";
  if (entity === "zone") return formatFieldValue(field, value, i18n, names);
  if (field === "role" && typeof value === "string" && value in roleLabels) return i18n.label(roleLabels[value as keyof typeof roleLabels]);
  if (field === "agencyId" && typeof value === "string") return names.get(value) ?? value;
  if (typeof value === "boolean") return i18n.t(value ? "audit.yes" : "audit.no");
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return i18n.date(value);
  if (Array.isArray(value)) return value.map(String).join("; ") || "—";
  if (typeof value === "number") return i18n.num(value);
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Before → after, one line per changed field, the old value struck through. */
export function AuditDiffView(props: { entity: string; before: unknown; after: unknown; names: Map<string, string> }) {
  const i18n = useI18n();
  // the record's own id is in the next column already
  const rows = auditDiff(props.before, props.after).filter((r) => !hidden.includes(r.field));
  if (rows.length === 0) return <Typography.Text type="secondary">{i18n.t("audit.noChange")}</Typography.Text>;
  return (
    <ul className="plain-list audit-diff" data-testid="audit-diff">
      {rows.map((row) => (
        <li key={row.field} data-field={row.field}>
          {row.field ? <Typography.Text type="secondary">{`${fieldLabel(props.entity, row.field, i18n)}: `}</Typography.Text> : null}
          {row.change !== "added" ? (
            <Typography.Text delete type="danger">
              {valueText(props.entity, row.field, row.before, i18n, props.names)}
            </Typography.Text>
          ) : null}
          {row.change === "changed" ? " → " : null}
          {row.change !== "removed" ? (
            <Typography.Text type="success">{valueText(props.entity, row.field, row.after, i18n, props.names)}</Typography.Text>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
