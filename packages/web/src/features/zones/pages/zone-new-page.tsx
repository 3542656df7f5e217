import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Space, Typography } from "antd";
import { useNavigate } from "react-router";
import { createZone, zoneKeys } from "../../../api/zones-api";
import { useI18n } from "../../../i18n/i18n-context";
import { SaveErrorBanner } from "../components/save-error-banner";
import { ZoneForm } from "../components/zone-form";
import { noSaveError, saveErrorView } from "../save-error";
import { emptyValues, payloadFromValues, type ZoneFormValues } from "../zone-form-values";

export function ZoneNewPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: ZoneFormValues) => createZone(payloadFromValues(values)),
    onSuccess: async (created) => {
      queryClient.setQueryData(zoneKeys.detail(created.id), created);
      await queryClient.invalidateQueries({ queryKey: zoneKeys.all, refetchType: "none" });
      void message.success(t("form.created"));
      void navigate(`/zones/${encodeURIComponent(created.id)}`);
    },
  });
  const view = mutation.error ? saveErrorView(mutation.error) : noSaveError;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("form.titleNew")}
      </Typography.Title>
      <SaveErrorBanner view={view} notice={null} />
      <ZoneForm
        initialValues={emptyValues}
        submitting={mutation.isPending}
        serverErrors={view.fields}
        onSubmit={(v) => mutation.mutate(v)}
        onCancel={() => navigate("/zones")}
      />
    </Space>
  );
}
