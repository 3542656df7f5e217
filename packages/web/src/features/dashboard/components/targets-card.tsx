import { Card, Flex, Space, Table, Tag, Typography } from "antd";
import type { Dashboard } from "../../../api/dashboard-api";
import { useI18n } from "../../../i18n/i18n-context";
import { usePhone } from "../../../shared/use-phone";
import { cardTitle, DLink, tone } from "./card-bits";

type Target = Dashboard["targets"][number];

function targetValue(actual: Target["actual"], num: (v: number, d?: number) => string, pct: (v: number) => string) {
  if (actual.actual === null) return "—";
  const ratioLike = actual.goal !== null && actual.goal <= 1 && actual.actual <= 1 && !Number.isInteger(actual.actual);
  return ratioLike ? pct(actual.actual) : num(actual.actual);
}

/**
 * The plan's targets against the figures: a table on a desk; on a phone a list where each target's
 * text, figure and verdict are read top to bottom within the screen (no column hidden to the right).
 */
export function TargetsCard({ data }: { data: Dashboard }) {
  const { t } = useI18n();
  const phone = usePhone();
  const title = <h2 style={cardTitle}>{t("dashboard.targets.title")}</h2>;
  if (phone) {
    return (
      <Card size="small" title={title} data-testid="targets">
        <ul className="phone-list" data-testid="targets-list">
          {data.targets.map((r) => (
            <li key={r.id} data-testid="target">
              <TargetText r={r} />
              <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 6 }}>
                <span>
                  <span className="phone-list-field">{t("dashboard.targets.actual")}: </span>
                  <TargetFigure r={r} />
                </span>
                <TargetVerdict r={r} />
              </Flex>
              <TargetExplanation r={r} />
            </li>
          ))}
        </ul>
      </Card>
    );
  }
  return (
    <Card size="small" title={title} data-testid="targets">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data.targets}
        data-testid="targets-table"
        columns={[
          { title: t("dashboard.targets.target"), key: "text", render: (_, r) => <TargetText r={r} /> },
          {
            title: t("dashboard.targets.actual"),
            key: "actual",
            render: (_, r) => (
              <Space orientation="vertical" size={2}>
                <TargetFigure r={r} />
                <TargetExplanation r={r} />
              </Space>
            ),
          },
          { title: t("dashboard.targets.result"), key: "met", width: 130, render: (_, r) => <TargetVerdict r={r} /> },
        ]}
      />
    </Card>
  );
}

function TargetText({ r }: { r: Target }) {
  const { t } = useI18n();
  return (
    <div data-testid="target-name">
      {r.text}
      {r.byYear ? (
        <Typography.Text style={{ color: "#595959" }}> ({t("dashboard.targets.byYear", { year: r.byYear })})</Typography.Text>
      ) : null}
    </div>
  );
}

function TargetFigure({ r }: { r: Target }) {
  const { num, pct } = useI18n();
  return <strong data-testid="target-value">{targetValue(r.actual, num, pct)}</strong>;
}

function TargetExplanation({ r }: { r: Target }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Text style={{ fontSize: 12, color: "#595959", display: "block" }} data-testid="target-explanation">
        {r.actual.explanation}
      </Typography.Text>
      {r.zones.length > 0 ? (
        <span style={{ fontSize: 12 }}>
          {t("dashboard.targets.zones")}{" "}
          {r.zones.map((z, i) => (
            <span key={z.id}>
              {i > 0 ? ", " : null}
              <DLink to={z.link}>{z.name}</DLink>
            </span>
          ))}
        </span>
      ) : null}
    </>
  );
}

function TargetVerdict({ r }: { r: Target }) {
  const { t } = useI18n();
  const [style, key] =
    r.verdict === "met"
      ? ([tone.good, "dashboard.targets.met"] as const)
      : r.verdict === "not-met"
        ? ([tone.bad, "dashboard.targets.notMet"] as const)
        : r.verdict === "not-due"
          ? ([tone.neutral, "dashboard.targets.notDue"] as const)
          : ([tone.neutral, "dashboard.targets.unknown"] as const);
  return (
    <Tag style={style} data-testid="target-verdict">
      {t(key)}
    </Tag>
  );
}
