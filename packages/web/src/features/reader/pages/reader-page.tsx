import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Space, Steps, Typography } from "antd";
import { useSearchParams } from "react-router";
import { getDraft, readerKeys } from "../../../api/reader-api";
import { useI18n } from "../../../i18n/i18n-context";
import { QueryState } from "../../../shared/query-state";
import { ReaderReview } from "../components/reader-review";
import { ReaderUpload } from "../components/reader-upload";

/** Read a notice: upload → review side by side → confirm (the new document's page) or cancel (nothing left). The draft id lives in the address. */
export function ReaderPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const draftId = params.get("draft");
  const draft = useQuery({
    queryKey: readerKeys.draft(draftId ?? ""),
    queryFn: ({ signal }) => getDraft(draftId ?? "", signal),
    enabled: Boolean(draftId),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("reader.title")}
      </Typography.Title>
      <Steps
        size="small"
        current={draftId ? 1 : 0}
        items={[{ title: t("reader.step.upload") }, { title: t("reader.step.review") }, { title: t("reader.step.confirm") }]}
      />
      {draftId ? (
        <QueryState query={draft}>
          {(d) => <ReaderReview key={d.id} draft={d} onCancelled={() => setParams({}, { replace: true })} />}
        </QueryState>
      ) : (
        <ReaderUpload
          onRead={(d) => {
            queryClient.setQueryData(readerKeys.draft(d.id), d);
            setParams({ draft: d.id });
          }}
        />
      )}
    </Space>
  );
}
