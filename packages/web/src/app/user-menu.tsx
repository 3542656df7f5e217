import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { roleLabels } from "@dondoc/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Dropdown } from "antd";
import { useNavigate } from "react-router";
import { authKeys, logout, type Me } from "../api/auth-api";
import { useI18n } from "../i18n/i18n-context";

/** The signed-in account in the header: name, role and agency; change password, sign out. */
export function UserMenu({ me, compact = false }: { me: Me; compact?: boolean }) {
  const { t, label } = useI18n();
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
  const role = roleLabels[me.role] ? label(roleLabels[me.role]) : me.roleLabel;
  // "Văn phòng UBND tỉnh · Văn phòng UBND tỉnh" says it once
  const parts = [...new Set([role, me.agency?.name].filter((p): p is string => Boolean(p)))];
  const detail = parts.filter((p) => p !== me.name).join(" · ");
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items: [
          {
            key: "who",
            label: <span data-testid="user-menu-detail">{parts.join(" · ")}</span>,
            disabled: true,
          },
          { type: "divider" },
          { key: "password", label: t("auth.changePassword"), onClick: () => navigate("/account/password") },
          { key: "logout", icon: <LogoutOutlined />, label: t("auth.logout"), onClick: () => signOut.mutate(), danger: true },
        ],
      }}
    >
      <Button
        type="text"
        icon={<UserOutlined />}
        data-testid="user-menu"
        loading={signOut.isPending}
        className={compact ? "user-menu-button touch-target" : "user-menu-button"}
        title={`${me.name} · ${detail}`}
        aria-label={compact ? me.name : undefined}
      >
        {compact ? null : (
          <span className="user-menu-text">
            <span className="user-menu-name" data-testid="user-menu-name">
              {me.name}
            </span>
            {detail ? (
              <span className="user-menu-role" data-testid="user-menu-role">
                {detail}
              </span>
            ) : null}
          </span>
        )}
      </Button>
    </Dropdown>
  );
}
