import { InboxOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Card, Progress, Typography, Upload } from "antd";
import { useState } from "react";
import { getReadingProgress, type ReaderDraft, uploadDraft } from "../../../api/reader-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";

const ACCEPT =
  ".txt,.docx,.doc,.pdf,text/plain,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Step 1: drop a document (.txt, .docx, .doc, .pdf, a scan too); the server reads it and proposes its tasks, showing the OCR's pages as it goes. */
export function ReaderUpload({ onRead }: { onRead: (draft: ReaderDraft) => void }) {
  const { t } = useI18n();
  const [token, setToken] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      const next = crypto.randomUUID();
      setToken(next);
      return uploadDraft(file, next);
    },
    onSuccess: onRead,
    onSettled: () => setToken(null),
  });
  const progress = useQuery({
    queryKey: ["reader", "progress", token],
    queryFn: ({ signal }) => getReadingProgress(token ?? "", signal),
    enabled: mutation.isPending && token !== null,
    refetchInterval: 1000,
  }).data?.progress;
  return (
    <Card data-testid="reader-upload">
      {mutation.error ? <ErrorAlert error={mutation.error} title={t("reader.readFailed")} /> : null}
      <Upload.Dragger
        accept={ACCEPT}
        multiple={false}
        showUploadList={false}
        disabled={mutation.isPending}
        customRequest={({ file }) => mutation.mutate(file as File)}
        style={{ marginTop: mutation.error ? 12 : 0 }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <Typography.Paragraph strong>
          {mutation.isPending && progress
            ? t("reader.ocrProgress", { page: progress.page, pages: progress.pages })
            : mutation.isPending
              ? t("reader.reading")
              : t("reader.drop")}
        </Typography.Paragraph>
        {mutation.isPending && progress ? (
          <Progress
            data-testid="ocr-progress"
            percent={Math.round(((progress.page - 1) / progress.pages) * 100)}
            style={{ maxWidth: 360, margin: "0 auto" }}
          />
        ) : null}
        <Typography.Paragraph type="secondary">{t("reader.dropHint")}</Typography.Paragraph>
      </Upload.Dragger>
    </Card>
  );
}
