import { createUserInput, type Role, roleLabels, roles } from "@dondoc/domain";
import { useMutation } from "@tanstack/react-query";
import { Button, Form, Input, Modal, Select } from "antd";
import { ApiError } from "../../../api/api-error";
import { createUser, type NewUser, type UserRow, updateUser } from "../../../api/users-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";
import { useAgencies } from "../../../shared/use-reference";
import { viSearch } from "../../../shared/vi-search";
import { optional, zodFieldRule } from "../../../shared/zod-field-rule";
import { roleNeedsAgency } from "../user-state";

interface Values {
  username?: string;
  name: string;
  role: Role;
  agencyId: string | null;
  email?: string;
  password?: string;
}

/** Create an account (user = null) or change one's name, role, agency and e-mail. */
export function UserFormModal(props: {
  user: UserRow | null;
  onClose: () => void;
  onSaved: (result: { user: UserRow; oneTimePassword: string | null }) => void;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch("role", form);
  const agencies = (useAgencies().data?.items ?? []).filter((a) => !a.validTo);
  const editing = props.user;
  const mutation = useMutation({
    mutationFn: async (values: Values) => {
      const email = values.email?.trim() || undefined;
      if (!editing) {
        const input: NewUser = {
          username: values.username?.trim() ?? "",
          name: values.name,
          role: values.role,
          agencyId: values.agencyId ?? null,
          ...(email ? { email } : {}),
          ...(values.password ? { password: values.password } : {}),
        };
        return createUser(input);
      }
      const user = await updateUser(editing.id, {
        name: values.name,
        role: values.role,
        agencyId: values.agencyId ?? null,
        ...(email ? { email } : {}),
      });
      return { user, oneTimePassword: null };
    },
    onSuccess: props.onSaved,
    onError: (error) => {
      if (error instanceof ApiError && error.details.length > 0)
        form.setFields(error.details.map((d) => ({ name: d.path as keyof Values, errors: [d.message] })));
    },
  });
  const agencyRule = {
    validator: async (_: unknown, value: string | null | undefined) => {
      if (roleNeedsAgency(form.getFieldValue("role")) && !value) throw new Error(t("users.agencyRequired"));
    },
  };
  return (
    <Modal
      open
      title={editing ? t("users.editTitle", { username: editing.username }) : t("users.createTitle")}
      onCancel={props.onClose}
      footer={[
        <Button key="cancel" onClick={props.onClose}>
          {t("common.cancel")}
        </Button>,
        <Button key="ok" type="primary" loading={mutation.isPending} onClick={() => form.submit()} data-testid="user-save">
          {editing ? t("common.save") : t("users.create")}
        </Button>,
      ]}
      destroyOnHidden
    >
      {mutation.error ? <ErrorAlert error={mutation.error} title={t("users.saveFailed")} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="user"
        style={{ marginTop: 12 }}
        initialValues={{ name: editing?.name, role: editing?.role ?? "agency", agencyId: editing?.agency?.id ?? null }}
        onFinish={(values) => mutation.mutate(values)}
      >
        {editing ? null : (
          <Form.Item
            name="username"
            label={t("auth.username")}
            extra={t("users.usernameHint")}
            rules={[zodFieldRule(createUserInput.shape.username)]}
          >
            <Input autoComplete="off" data-testid="user-username" />
          </Form.Item>
        )}
        <Form.Item name="name" label={t("users.name")} rules={[zodFieldRule(createUserInput.shape.name)]}>
          <Input data-testid="user-name" />
        </Form.Item>
        <Form.Item name="role" label={t("users.role")} rules={[{ required: true, message: t("users.roleRequired") }]}>
          <Select data-testid="user-role" options={roles.map((r) => ({ value: r, label: label(roleLabels[r]) }))} />
        </Form.Item>
        <Form.Item
          name="agencyId"
          label={t("users.agency")}
          dependencies={["role"]}
          rules={[agencyRule]}
          extra={roleNeedsAgency(role) ? null : t("users.agencyOptional")}
        >
          <Select
            allowClear
            showSearch={viSearch}
            data-testid="user-agency"
            placeholder={t("form.select")}
            options={agencies.map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item
          name="email"
          label={t("users.email")}
          rules={[optional(zodFieldRule(createUserInput.shape.email))]}
          extra={t("users.emailHint")}
        >
          <Input type="email" autoComplete="off" data-testid="user-email" />
        </Form.Item>
        {editing ? null : (
          <Form.Item
            name="password"
            label={t("users.password")}
            extra={t("users.passwordHint")}
            rules={[optional(zodFieldRule(createUserInput.shape.password))]}
          >
            <Input.Password autoComplete="new-password" data-testid="user-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
