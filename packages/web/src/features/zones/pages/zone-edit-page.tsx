import type { ZoneDetail } from "@dondoc/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Space, Typography } from "antd";
import { useMemo, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { updateZone, type ZonePayload, zoneKeys } from "../../../api/zones-api";
import { useI18n } from "../../../i18n/i18n-context";
import { QueryState } from "../../../shared/query-state";
import { SaveErrorBanner } from "../components/save-error-banner";
import { ZoneForm } from "../components/zone-form";
import { useZone } from "../hooks/use-zone";
import { noSaveError, saveErrorView } from "../save-error";
import { changedFields, payloadFromValues, valuesFromZone, type ZoneFormValues } from "../zone-form-values";

export function ZoneEditPage() {
  const { id = "" } = useParams();
  const query = useZone(id);
  return (
    <QueryState query={query}>{(zone) => <ZoneEditView key={zone.version} zone={zone} onReload={() => query.refetch()} />}</QueryState>
  );
}

function ZoneEditView({ zone, onReload }: { zone: ZoneDetail; onReload: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const initialValues = useMemo(() => valuesFromZone(zone), [zone]);
  const before = useMemo(() => payloadFromValues(initialValues), [initialValues]);
  const [notice, setNotice] = useState<string | null>(null);
  const detailPath = `/zones/${encodeURIComponent(zone.id)}`;

  const mutation = useMutation({
    mutationFn: (changes: ZonePayload) => updateZone(zone.id, zone.version, changes),
    onSuccess: async (saved) => {
      queryClient.setQueryData(zoneKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: zoneKeys.all, refetchType: "none" });
      void message.success(t("form.saved"));
      void navigate(detailPath);
    },
  });
  const view = mutation.error ? saveErrorView(mutation.error) : noSaveError;

  const submit = (values: ZoneFormValues) => {
    const changes = changedFields(before, payloadFromValues(values));
    if (Object.keys(changes).filter((k) => k !== "source").length === 0) {
      setNotice(t("form.noChange"));
      return;
    }
    setNotice(null);
    mutation.mutate(changes);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("form.titleEdit", { name: zone.name })}
      </Typography.Title>
      <SaveErrorBanner view={view} notice={notice} onReload={onReload} />
      <ZoneForm
        initialValues={initialValues}
        submitting={mutation.isPending}
        serverErrors={view.fields}
        onSubmit={submit}
        onCancel={() => navigate(detailPath)}
      />
    </Space>
  );
}
