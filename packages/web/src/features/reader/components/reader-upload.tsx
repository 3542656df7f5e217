import { InboxOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { Card, Typography, Upload } from "antd";
import { type ReaderDraft, uploadDraft } from "../../../api/reader-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";

const ACCEPT = ".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Step 1: drop a notice (.txt, .docx, .pdf with a text layer); the server reads it and proposes its tasks. */
export function ReaderUpload({ onRead }: { onRead: (draft: ReaderDraft) => void }) {
  const { t } = useI18n();
  const mutation = useMutation({ mutationFn: uploadDraft, onSuccess: onRead });
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
        <Typography.Paragraph strong>{mutation.isPending ? t("reader.reading") : t("reader.drop")}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t("reader.dropHint")}</Typography.Paragraph>
      </Upload.Dragger>
    </Card>
  );
}
