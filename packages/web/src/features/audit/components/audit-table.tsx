import { formatDateTimeVi } from "@dondoc/domain";
import { Table, Tag, Tooltip, Typography } from "antd";
import { Link } from "react-router";
import type { AuditEntry, AuditFilter } from "../../../api/audit-api";
import { useI18n } from "../../../i18n/i18n-context";
import { entityPath } from "../audit-diff";
import { isAuditAction, isAuditEntity } from "../audit-vocabulary";
import { AuditDiffView } from "./audit-diff-view";

const actionColors: Record<string, string> = {
  create: "green",
  update: "blue",
  "login-failed": "red",
  "login-refused-locked": "red",
  cancel: "red",
};

/** The audit log, newest first, paged on the server. */
export function AuditTable(props: {
  items: AuditEntry[];
  total: number;
  loading: boolean;
  filter: AuditFilter;
  names: Map<string, string>;
  onPage: (page: number, pageSize: number) => void;
}) {
  const { t } = useI18n();
  return (
    <Table<AuditEntry>
      data-testid="audit-table"
      rowKey="id"
      size="small"
      loading={props.loading}
      dataSource={props.items}
      onRow={(e) => ({ "data-action": e.action, "data-entity": e.entity }) as React.HTMLAttributes<HTMLElement>}
      pagination={{
        current: props.filter.page,
        pageSize: props.filter.pageSize,
        total: props.total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (total, [from, to]) => t("zones.pagination", { from, to, total }),
        onChange: props.onPage,
      }}
      columns={[
        {
          title: t("audit.col.at"),
          dataIndex: "at",
          width: 150,
          render: (at: string, e) => (
            <Tooltip title={e.requestId ? t("app.requestId", { id: e.requestId }) : undefined}>
              <span>{formatDateTimeVi(at)}</span>
            </Tooltip>
          ),
        },
        { title: t("audit.col.actor"), dataIndex: "actorName", width: 180 },
        {
          title: t("audit.col.action"),
          dataIndex: "action",
          width: 190,
          render: (action: string) => (
            <Tag color={actionColors[action]}>{isAuditAction(action) ? t(`audit.action.${action}`) : action}</Tag>
          ),
        },
        {
          title: t("audit.col.entity"),
          key: "entity",
          width: 240,
          render: (_, e) => {
            const path = entityPath(e.entity, e.entityId);
            const name = props.names.get(e.entityId) ?? e.entityId;
            return (
              <div>
                <Typography.Text type="secondary">{isAuditEntity(e.entity) ? t(`audit.entity.${e.entity}`) : e.entity}</Typography.Text>
                <div>{path ? <Link to={path}>{name}</Link> : name}</div>
              </div>
            );
          },
        },
        {
          title: t("audit.col.changes"),
          key: "changes",
          render: (_, e) => <AuditDiffView entity={e.entity} before={e.before} after={e.after} names={props.names} />,
        },
      ]}
    />
  );
}
