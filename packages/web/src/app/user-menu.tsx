import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Dropdown } from "antd";
import { useNavigate } from "react-router";
import { authKeys, logout, type Me } from "../api/auth-api";
import { useI18n } from "../i18n/i18n-context";

/** The signed-in account in the header: name and role, change password, sign out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, null);
      void navigate("/login", { replace: true });
    },
  });
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items: [
          { key: "password", label: t("auth.changePassword"), onClick: () => navigate("/account/password") },
          { key: "logout", icon: <LogoutOutlined />, label: t("auth.logout"), onClick: () => signOut.mutate(), danger: true },
        ],
      }}
    >
      <Button type="text" icon={<UserOutlined />} data-testid="user-menu" loading={signOut.isPending}>
        {me.name === me.roleLabel ? me.name : `${me.name} · ${me.roleLabel}`}
      </Button>
    </Dropdown>
  );
}
