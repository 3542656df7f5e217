import { ArrowLeftOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { documentKindLabel } from "@dondoc/domain";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Descriptions, Flex, Space, Typography } from "antd";
import { Link, useNavigate, useParams } from "react-router";
import { type DocumentDetail, documentKeys, getDocument } from "../../../api/documents-api";
import { useI18n } from "../../../i18n/i18n-context";
import { QueryState } from "../../../shared/query-state";
import { TaskTable } from "../../tasks/components/task-table";
import { MeetingList } from "../components/meeting-list";
import { StatusCounts } from "../components/status-counts";

export function DocumentPage() {
  const { id = "" } = useParams();
  const query = useQuery({ queryKey: documentKeys.detail(id), queryFn: ({ signal }) => getDocument(id, signal) });
  return <QueryState query={query}>{(doc) => <DocumentView doc={doc} />}</QueryState>;
}

function DocumentView({ doc }: { doc: DocumentDetail }) {
  const { t, date, lang } = useI18n();
  const navigate = useNavigate();
  const none = t("common.none");
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="document-page">
      <Link to="/tasks?tab=all">
        <ArrowLeftOutlined /> {t("nav.tasks")}
      </Link>
      <div>
        <Typography.Text type="secondary">{[doc.type, doc.number ?? t("document.noNumber")].join(" · ")}</Typography.Text>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="document-title">
          {doc.title}
        </Typography.Title>
      </div>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: "type", label: t("document.type"), children: documentKindLabel(doc.type, lang) },
            { key: "number", label: t("document.number"), children: doc.number ?? t("document.noNumber") },
            { key: "issuedOn", label: t("document.issuedOn"), children: doc.issuedOn ? date(doc.issuedOn) : none },
            { key: "issuer", label: t("document.issuer"), children: doc.issuer },
            { key: "signer", label: t("document.signer"), children: doc.signer ?? none },
            { key: "file", label: t("document.file"), children: doc.file ?? none },
          ]}
        />
      </Card>
      <MeetingList meetings={doc.meetings} documentId={doc.id} />
      <Card
        size="small"
        title={
          <Flex gap={12} align="center" wrap>
            <span>{t("document.tasks", { count: doc.tasks.length })}</span>
            <StatusCounts lines={doc.tasks} />
          </Flex>
        }
        extra={
          <Button
            size="small"
            icon={<UnorderedListOutlined />}
            onClick={() => navigate(`/tasks?tab=all&document=${encodeURIComponent(doc.id)}`)}
          >
            {t("document.openInList")}
          </Button>
        }
      >
        <TaskTable lines={doc.tasks} showLeads testId="document-tasks" pageSize={50} />
      </Card>
    </Space>
  );
}
