import { formatDateTimeVi, roleLabels } from "@dondoc/domain";
import { Button, Popconfirm, Space, Table, Tag } from "antd";
import type { UserRow } from "../../../api/users-api";
import { useI18n } from "../../../i18n/i18n-context";
import { type UserState, userStates } from "../user-state";

const stateColors: Record<UserState, string> = { active: "green", disabled: "default", locked: "red", "must-change-password": "orange" };

/** Every account with its role, agency and state; edit, disable/enable and reset the password. */
export function UserTable(props: {
  users: UserRow[];
  /** the signed-in admin, who may not disable their own account */
  meId: string | null;
  loading: boolean;
  busyId: string | null;
  onEdit: (user: UserRow) => void;
  onToggle: (user: UserRow) => void;
  onReset: (user: UserRow) => void;
}) {
  const { t, label } = useI18n();
  const now = new Date();
  return (
    <Table<UserRow>
      data-testid="user-table"
      rowKey="id"
      size="middle"
      loading={props.loading}
      dataSource={props.users}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      onRow={(user) => ({ "data-username": user.username }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t("auth.username"), dataIndex: "username", width: 120 },
        { title: t("users.name"), dataIndex: "name", width: 180 },
        { title: t("users.role"), dataIndex: "role", width: 190, render: (_, user) => <Tag>{label(roleLabels[user.role])}</Tag> },
        { title: t("users.agency"), key: "agency", render: (_, user) => user.agency?.name ?? t("common.none") },
        {
          title: t("users.state"),
          key: "state",
          width: 180,
          render: (_, user) => (
            <Space size={4} wrap>
              {userStates(user, now).map((s) => (
                <Tag key={s} color={stateColors[s]} data-state={s}>
                  {t(`users.state.${s}`)}
                </Tag>
              ))}
            </Space>
          ),
        },
        { title: t("users.createdAt"), dataIndex: "createdAt", width: 130, render: (at: string) => formatDateTimeVi(at) },
        {
          title: t("users.actions"),
          key: "actions",
          width: 250,
          render: (_, user) => (
            <Space size={0} wrap>
              <Button type="link" size="small" onClick={() => props.onEdit(user)} data-testid="user-edit">
                {t("common.edit")}
              </Button>
              <Popconfirm
                disabled={user.id === props.meId}
                title={t(user.disabled ? "users.enableConfirm" : "users.disableConfirm", { name: user.name })}
                okText={t(user.disabled ? "users.enable" : "users.disable")}
                cancelText={t("common.cancel")}
                onConfirm={() => props.onToggle(user)}
              >
                <Button
                  type="link"
                  size="small"
                  danger={!user.disabled}
                  disabled={user.id === props.meId}
                  loading={props.busyId === user.id}
                  data-testid="user-toggle"
                >
                  {t(user.disabled ? "users.enable" : "users.disable")}
                </Button>
              </Popconfirm>
              <Popconfirm
                title={t("users.resetConfirm", { name: user.name })}
                okText={t("users.reset")}
                cancelText={t("common.cancel")}
                onConfirm={() => props.onReset(user)}
              >
                <Button type="link" size="small" data-testid="user-reset">
                  {t("users.reset")}
                </Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]}
    />
  );
}
