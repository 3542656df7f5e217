import { ArrowLeftOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Card, Descriptions, Flex, Space, Tag, Typography } from "antd";
import { Link, useParams } from "react-router";
import { documentKeys, getMeeting, type MeetingDetail } from "../../../api/documents-api";
import { useI18n } from "../../../i18n/i18n-context";
import { QueryState } from "../../../shared/query-state";
import { useNames, useZoneNameMap } from "../../../shared/use-reference";
import { TaskTable } from "../../tasks/components/task-table";
import { StatusCounts } from "../components/status-counts";

export function MeetingPage() {
  const { id = "" } = useParams();
  const query = useQuery({ queryKey: documentKeys.meeting(id), queryFn: ({ signal }) => getMeeting(id, signal) });
  return <QueryState query={query}>{(meeting) => <MeetingView meeting={meeting} />}</QueryState>;
}

function MeetingView({ meeting }: { meeting: MeetingDetail }) {
  const { t, date } = useI18n();
  const names = useNames();
  const zoneNames = useZoneNameMap();
  const none = t("common.none");
  const docLabel = (id: string) => meeting.tasks.find((task) => task.document.id === id)?.document.label ?? id;
  const docLink = (id: string | null) => (id ? <Link to={`/documents/${encodeURIComponent(id)}`}>{docLabel(id)}</Link> : none);
  const documentId = meeting.conclusionDocumentId ?? meeting.noticeDocumentId;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="meeting-page">
      {documentId ? (
        <Link to={`/documents/${encodeURIComponent(documentId)}`}>
          <ArrowLeftOutlined /> {t("meeting.backToDocument")}
        </Link>
      ) : null}
      <div>
        <Tag>{t(`meeting.kind.${meeting.kind}`)}</Tag>
        <Typography.Title level={3} style={{ margin: "4px 0 0" }} data-testid="meeting-title">
          {meeting.subject || t(`meeting.kind.${meeting.kind}`)}
        </Typography.Title>
      </div>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: "date", label: t("meeting.date"), children: [date(meeting.date), meeting.time].filter(Boolean).join(" · ") },
            { key: "place", label: t("meeting.place"), children: meeting.place ?? none },
            { key: "chair", label: t("meeting.chair"), children: meeting.chairName ?? meeting.chairId ?? none },
            { key: "notice", label: t("meeting.notice"), children: docLink(meeting.noticeDocumentId) },
            { key: "conclusion", label: t("meeting.conclusion"), children: docLink(meeting.conclusionDocumentId) },
            {
              key: "zones",
              label: t("meeting.zones"),
              children:
                meeting.zoneIds.length > 0
                  ? meeting.zoneIds.map((id) => (
                      <Tag key={id}>
                        <Link to={`/zones/${encodeURIComponent(id)}`}>{zoneNames.get(id) ?? id}</Link>
                      </Tag>
                    ))
                  : none,
            },
            {
              key: "participants",
              label: t("meeting.participants"),
              span: 2,
              children: meeting.participantIds.length > 0 ? meeting.participantIds.map((id) => names.get(id) ?? id).join("; ") : none,
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={
          <Flex gap={12} align="center" wrap>
            <span>{t("meeting.tasks", { count: meeting.tasks.length })}</span>
            <StatusCounts lines={meeting.tasks} />
          </Flex>
        }
      >
        <TaskTable lines={meeting.tasks} showLeads testId="meeting-tasks" pageSize={50} />
      </Card>
    </Space>
  );
}
