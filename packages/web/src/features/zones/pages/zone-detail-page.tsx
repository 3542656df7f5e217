import { ArrowLeftOutlined, EditOutlined } from "@ant-design/icons";
import { formatDateTimeVi, type ZoneDetail, zoneKindLabels } from "@dondoc/domain";
import { Button, Col, Flex, Row, Space, Tabs, Tag, Typography } from "antd";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useI18n } from "../../../i18n/i18n-context";
import { QueryState } from "../../../shared/query-state";
import { StageTag } from "../../../shared/stage-tag";
import { useCan } from "../../auth/hooks/use-me";
import { ZoneFieldsCard } from "../components/zone-fields-card";
import { ZoneHistoryTable } from "../components/zone-history-table";
import { ZoneLocationCard } from "../components/zone-location-card";
import { ZonePlanTable } from "../components/zone-plan-table";
import { ZoneProgressTab } from "../components/zone-progress-tab";
import { useZone } from "../hooks/use-zone";

export function ZoneDetailPage() {
  const { id = "" } = useParams();
  return <QueryState query={useZone(id)}>{(zone) => <ZoneDetailView zone={zone} />}</QueryState>;
}

function ZoneDetailView({ zone }: { zone: ZoneDetail }) {
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const can = useCan();
  const [search, setSearch] = useSearchParams();
  const tab = search.get("tab") === "progress" ? "progress" : "overview";
  const overview = (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            <ZoneFieldsCard zone={zone} section="figures" />
            <ZoneFieldsCard zone={zone} section="general" />
          </Space>
        </Col>
        <Col xs={24} xl={11}>
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            <ZoneLocationCard zone={zone} />
            <ZonePlanTable zone={zone} />
          </Space>
        </Col>
      </Row>
      <ZoneHistoryTable zone={zone} />
    </Space>
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="zone-detail">
      <Link to="/zones">
        <ArrowLeftOutlined /> {t("nav.zones")}
      </Link>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap align="center">
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="zone-name">
            {zone.name}
          </Typography.Title>
          <Tag>{label(zoneKindLabels[zone.kind])}</Tag>
          <StageTag stage={zone.stage} />
        </Space>
        <Space>
          <Typography.Text type="secondary">
            {t("zone.version", { version: zone.version, date: formatDateTimeVi(zone.updatedAt) })}
          </Typography.Text>
          {can.editZone(zone) ? (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => navigate(`/zones/${encodeURIComponent(zone.id)}/edit`)}
              data-testid="zone-edit"
            >
              {t("common.edit")}
            </Button>
          ) : null}
        </Space>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === "progress" ? { tab: "progress" } : {}, { replace: true })}
        items={[
          { key: "overview", label: t("zone.tab.overview"), children: overview },
          {
            key: "progress",
            label: <span data-testid="zone-tab-progress">{t("zone.tab.progress")}</span>,
            children: <ZoneProgressTab zoneId={zone.id} />,
          },
        ]}
      />
    </Space>
  );
}
