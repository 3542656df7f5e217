import { Card, List, Tag, Typography } from "antd";
import { Link } from "react-router";
import type { Meeting } from "../../../api/documents-api";
import { useI18n } from "../../../i18n/i18n-context";

/** The meetings and inspections a document announces or concludes. */
export function MeetingList({ meetings, documentId }: { meetings: Meeting[]; documentId: string }) {
  const { t, date } = useI18n();
  if (meetings.length === 0) return null;
  return (
    <Card size="small" title={t("document.meetings", { count: meetings.length })} data-testid="document-meetings">
      <List
        size="small"
        dataSource={meetings}
        renderItem={(m) => (
          <List.Item key={m.id}>
            <div>
              <Link to={`/meetings/${encodeURIComponent(m.id)}`} data-testid="meeting-link">
                {m.subject || t(`meeting.kind.${m.kind}`)}
              </Link>
              <div>
                <Tag>{t(`meeting.kind.${m.kind}`)}</Tag>
                <Typography.Text type="secondary">
                  {[date(m.date), m.time, m.place].filter(Boolean).join(" · ")}
                  {" · "}
                  {t(m.noticeDocumentId === documentId ? "meeting.announcedHere" : "meeting.concludedHere")}
                </Typography.Text>
              </div>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
