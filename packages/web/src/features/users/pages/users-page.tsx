import { UserAddOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Flex, Space, Typography } from "antd";
import { useState } from "react";
import { listUsers, resetUserPassword, type UserRow, updateUser, userKeys } from "../../../api/users-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";
import { useMe } from "../../auth/hooks/use-me";
import { OneTimePasswordModal } from "../components/one-time-password-modal";
import { UserFormModal } from "../components/user-form-modal";
import { UserTable } from "../components/user-table";

/** Accounts (admins only): create with a one-time password shown once, edit role and agency, disable, reset the password. */
export function UsersPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const me = useMe().data;
  const query = useQuery({ queryKey: userKeys.all, queryFn: ({ signal }) => listUsers(signal) });
  const [editing, setEditing] = useState<UserRow | "new" | null>(null);
  const [otp, setOtp] = useState<{ username: string; password: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: userKeys.all });

  const toggle = useMutation({
    mutationFn: (user: UserRow) => updateUser(user.id, { disabled: !user.disabled }),
    onSuccess: (user) => {
      void message.success(t(user.disabled ? "users.disabled" : "users.enabled", { name: user.name }));
      return refresh();
    },
    onError: (error) => void message.error(error.message),
  });
  const reset = useMutation({
    mutationFn: (user: UserRow) => resetUserPassword(user.id).then((r) => ({ username: user.username, password: r.oneTimePassword })),
    onSuccess: (result) => {
      setOtp(result);
      return refresh();
    },
    onError: (error) => void message.error(error.message),
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t("users.title")}
        </Typography.Title>
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setEditing("new")} data-testid="user-new">
          {t("users.new")}
        </Button>
      </Flex>
      {query.error ? <ErrorAlert error={query.error} /> : null}
      <UserTable
        users={query.data?.items ?? []}
        meId={me?.id ?? null}
        loading={query.isFetching}
        busyId={toggle.isPending ? (toggle.variables?.id ?? null) : null}
        onEdit={setEditing}
        onToggle={(user) => toggle.mutate(user)}
        onReset={(user) => reset.mutate(user)}
      />
      {editing ? (
        <UserFormModal
          user={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={({ user, oneTimePassword }) => {
            setEditing(null);
            void message.success(t("users.saved", { name: user.name }));
            if (oneTimePassword) setOtp({ username: user.username, password: oneTimePassword });
            void refresh();
          }}
        />
      ) : null}
      <OneTimePasswordModal username={otp?.username ?? ""} password={otp?.password ?? null} onClose={() => setOtp(null)} />
    </Space>
  );
}
