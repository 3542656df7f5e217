import { type SubmissionStatus, submissionStatusLabels } from "@dondoc/domain";
import { Tag } from "antd";
import { useI18n } from "../../../i18n/i18n-context";

const colors: Record<SubmissionStatus, string> = { "on-time": "green", late: "orange", overdue: "red", "not-due": "blue" };

/** Đúng hạn / Trễ hạn / Chưa nộp – quá hạn / Chưa đến hạn. */
export function SubmissionStatusTag({ status }: { status: SubmissionStatus }) {
  const { label } = useI18n();
  return (
    <Tag color={colors[status]} data-status={status}>
      {label(submissionStatusLabels[status])}
    </Tag>
  );
}
