import { DownloadOutlined, PlusOutlined, UploadOutlined } from "@ant-design/icons";
import {
  fireSafetyStatusLabels,
  landClearanceMetrics,
  tenantProjectStatusLabels,
  wastewaterStatusLabels,
  zoneFieldLabels,
} from "@dondoc/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Col, DatePicker, Descriptions, Flex, Modal, Row, Space, Table, Tag, Typography, Upload } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { ApiError } from "../../../api/api-error";
import {
  getZoneProgress,
  importProgress,
  type ProgressImportResult,
  progressKeys,
  progressTemplateUrl,
  type ZoneProgressView,
} from "../../../api/progress-api";
import { useI18n } from "../../../i18n/i18n-context";
import type { MessageKey } from "../../../i18n/translate";
import { ErrorAlert, QueryState } from "../../../shared/query-state";
import { occupancyBasisKey } from "../progress-form-values";
import { MilestoneModal, ProjectReportModal } from "./progress-forms";
import { ProvenanceNote } from "./provenance-note";

/** The zone's "Tiến độ" tab: milestones, tenant projects, computed occupancy, wastewater and fire safety, land clearance. */
export function ZoneProgressTab({ zoneId }: { zoneId: string }) {
  const { t } = useI18n();
  const [asOf, setAsOf] = useState<string | null>(null);
  const query = useQuery({ queryKey: progressKeys.zone(zoneId, asOf), queryFn: ({ signal }) => getZoneProgress(zoneId, asOf, signal) });
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="zone-progress">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space>
          <Typography.Text>{t("progress.asOf")}</Typography.Text>
          <DatePicker
            format="DD/MM/YYYY"
            placeholder={t("progress.asOfToday")}
            value={asOf ? dayjs(asOf) : null}
            onChange={(d) => setAsOf(d ? d.format("YYYY-MM-DD") : null)}
            data-testid="progress-as-of"
          />
        </Space>
        {query.data?.canReport ? <ProgressImport /> : null}
      </Flex>
      <QueryState query={query}>{(progress) => <ProgressView progress={progress} />}</QueryState>
    </Space>
  );
}

function ProgressView({ progress }: { progress: ZoneProgressView }) {
  const { t, label, num, pct, date } = useI18n();
  const [milestoneOpen, setMilestoneOpen] = useState(false);
  const [projectModal, setProjectModal] = useState<{ project: ZoneProgressView["projects"][number] | null } | null>(null);
  const occ = progress.occupancy;
  const infra = progress.infrastructure;
  const statusLabel = (labels: Record<string, { vi: string; en: string }>, v: string | null) => (v && labels[v] ? label(labels[v]) : "—");
  const lc = progress.landClearance;
  const lcItems = landClearanceMetrics
    .filter((m) => lc.totals[m] !== null && lc.totals[m] !== undefined)
    .map((m) => ({ key: m, label: t(`reporting.metric.${m}` as MessageKey), children: num(lc.totals[m] ?? null) }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t("progress.occupancy")}>
            <Descriptions
              bordered
              size="small"
              column={1}
              styles={{ label: { width: 220 } }}
              items={[
                {
                  key: "occupancy",
                  label: t("progress.occupancyValue"),
                  children: (
                    <Space orientation="vertical" size={0}>
                      <Typography.Text strong data-testid="progress-occupancy">
                        {pct(occ.occupancy)}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="progress-basis">
                        {t(occupancyBasisKey(occ.basis))}
                      </Typography.Text>
                    </Space>
                  ),
                },
                {
                  key: "leased",
                  label: t("progress.leasedHa"),
                  children: (
                    <>
                      {num(occ.leasedHa)}
                      {occ.basis === "zone-figure" ? <ProvenanceNote source={occ.sources.leasedLandHa ?? undefined} /> : null}
                    </>
                  ),
                },
                {
                  key: "industrial",
                  label: t("progress.industrialLandHa"),
                  children: (
                    <>
                      {num(occ.industrialLandHa)}
                      <ProvenanceNote source={occ.sources.industrialLandHa ?? undefined} />
                    </>
                  ),
                },
                {
                  key: "enterprises",
                  label: t("progress.enterprises"),
                  children: (
                    <>
                      <span data-testid="progress-enterprises">{occ.enterprises ?? "—"}</span>
                      {occ.sources.enterprises ? <ProvenanceNote source={occ.sources.enterprises} /> : null}
                    </>
                  ),
                },
                { key: "jobs", label: t("progress.jobs"), children: num(occ.jobs, 0) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            <Card size="small" title={t("progress.infrastructure")}>
              <Descriptions
                bordered
                size="small"
                column={1}
                styles={{ label: { width: 220 } }}
                items={[
                  {
                    key: "ww",
                    label: label(zoneFieldLabels.wastewaterStatus),
                    children: (
                      <>
                        <span data-testid="progress-wastewater">{statusLabel(wastewaterStatusLabels, infra.wastewaterStatus)}</span>
                        {infra.wastewaterCapacityM3 !== null
                          ? ` · ${t("progress.capacity", { value: num(infra.wastewaterCapacityM3) })}`
                          : ""}
                        {infra.wastewaterMonitoring !== null
                          ? ` · ${t(infra.wastewaterMonitoring ? "progress.monitoring.yes" : "progress.monitoring.no")}`
                          : ""}
                        <ProvenanceNote source={infra.sources.wastewaterStatus ?? undefined} />
                      </>
                    ),
                  },
                  {
                    key: "fire",
                    label: label(zoneFieldLabels.fireSafetyStatus),
                    children: (
                      <>
                        <span data-testid="progress-fire">{statusLabel(fireSafetyStatusLabels, infra.fireSafetyStatus)}</span>
                        <ProvenanceNote source={infra.sources.fireSafetyStatus ?? undefined} />
                      </>
                    ),
                  },
                ]}
              />
            </Card>
            <Card size="small" title={t("progress.landClearance")} data-testid="progress-land-clearance">
              {lcItems.length === 0 ? (
                <Typography.Text type="secondary">{t("progress.landClearance.none")}</Typography.Text>
              ) : (
                <>
                  <Descriptions bordered size="small" column={1} styles={{ label: { width: 260 } }} items={lcItems} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t("progress.landClearance.last", { communes: lc.communes, date: date(lc.lastReportedOn) })}
                  </Typography.Text>
                </>
              )}
            </Card>
          </Space>
        </Col>
      </Row>

      <Card
        size="small"
        title={
          <Space>
            {t("progress.milestones")}
            {progress.lateMilestones.length > 0 ? (
              <Tag color="red">{t("progress.lateCount", { count: progress.lateMilestones.length })}</Tag>
            ) : null}
          </Space>
        }
        extra={
          progress.canReport ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setMilestoneOpen(true)} data-testid="add-milestone">
              {t("progress.addMilestone")}
            </Button>
          ) : null
        }
      >
        <Table
          size="small"
          rowKey={(m) => `${m.projectId ?? ""}|${m.milestone}`}
          dataSource={progress.milestones}
          pagination={false}
          locale={{ emptyText: t("progress.milestones.none") }}
          data-testid="milestone-table"
          columns={[
            { title: t("progress.milestone"), dataIndex: "label" },
            { title: t("progress.project"), dataIndex: "projectName", render: (v: string | null) => v ?? "—" },
            { title: t("progress.plannedOn"), dataIndex: "plannedOn", render: (v: string | null) => date(v) },
            { title: t("progress.actualOn"), dataIndex: "actualOn", render: (v: string | null) => date(v) },
            {
              title: t("progress.state"),
              key: "state",
              render: (_: unknown, m) =>
                m.late ? (
                  <Tag color="red" data-testid="milestone-late">
                    {m.daysLate ? t("progress.lateDays", { days: m.daysLate }) : t("progress.late")}
                  </Tag>
                ) : m.actualOn ? (
                  <Tag color="green">{t("progress.done")}</Tag>
                ) : (
                  <Tag>{t("progress.onTrack")}</Tag>
                ),
            },
            {
              title: t("progress.reportedOn"),
              key: "reported",
              render: (_: unknown, m) => (
                <>
                  {date(m.reportedOn)}
                  <ProvenanceNote source={m.source ?? undefined} />
                </>
              ),
            },
          ]}
        />
      </Card>

      <Card
        size="small"
        title={t("progress.projects")}
        extra={
          progress.canReport ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setProjectModal({ project: null })} data-testid="add-project">
              {t("progress.addProject")}
            </Button>
          ) : null
        }
      >
        <Table
          size="small"
          rowKey="id"
          dataSource={progress.projects}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t("progress.projects.none") }}
          data-testid="project-table"
          columns={[
            { title: t("progress.name"), dataIndex: "name" },
            { title: t("progress.investor"), dataIndex: "investorName" },
            {
              title: t("progress.status"),
              dataIndex: "status",
              render: (s: string) => label((tenantProjectStatusLabels as Record<string, { vi: string; en: string }>)[s]),
            },
            { title: t("progress.areaHa"), dataIndex: "areaHa", align: "right", render: (v: number | null) => num(v) },
            {
              title: t("progress.registeredCapital"),
              dataIndex: "registeredCapitalMillionVnd",
              align: "right",
              render: (v: number | null) => num(v, 0),
            },
            {
              title: t("progress.disbursedCapital"),
              dataIndex: "disbursedCapitalMillionVnd",
              align: "right",
              render: (v: number | null) => num(v, 0),
            },
            { title: t("progress.jobs"), dataIndex: "jobs", align: "right", render: (v: number | null) => num(v, 0) },
            {
              title: t("progress.reportedOn"),
              key: "reported",
              render: (_: unknown, p) => (
                <>
                  {date(p.reportedOn)}
                  <ProvenanceNote source={p.source ?? undefined} />
                </>
              ),
            },
            ...(progress.canReport
              ? [
                  {
                    title: "",
                    key: "act",
                    render: (_: unknown, p: ZoneProgressView["projects"][number]) => (
                      <Button size="small" onClick={() => setProjectModal({ project: p })} data-testid={`report-project-${p.id}`}>
                        {t("progress.report")}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <MilestoneModal
        zoneId={progress.zoneId}
        projects={progress.projects.map((p) => ({ id: p.id, name: p.name }))}
        open={milestoneOpen}
        onClose={() => setMilestoneOpen(false)}
      />
      <ProjectReportModal
        zoneId={progress.zoneId}
        project={projectModal?.project ?? null}
        open={projectModal !== null}
        onClose={() => setProjectModal(null)}
      />
    </Space>
  );
}

type SheetErrorRow = { key: number; sheet?: string; row?: number; column?: string; path: string; message: string };

/** The monthly figures upload (all rows or none) with the template link; errors shown by sheet, row and column. */
function ProgressImport() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const mutation = useMutation<ProgressImportResult, unknown, File>({
    mutationFn: importProgress,
    onSettled: () => setOpen(true),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: progressKeys.all }), queryClient.invalidateQueries({ queryKey: ["zones"] })]),
  });
  const error = mutation.error;
  return (
    <Space wrap>
      <Button icon={<DownloadOutlined />} href={progressTemplateUrl} download data-testid="progress-template">
        {t("progress.template")}
      </Button>
      <Upload
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        showUploadList={false}
        maxCount={1}
        customRequest={({ file }) => mutation.mutate(file as File)}
      >
        <Button icon={<UploadOutlined />} loading={mutation.isPending} data-testid="progress-import">
          {t("progress.import")}
        </Button>
      </Upload>
      <Modal
        open={open}
        title={t("progress.import.title")}
        width={860}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>{t("common.close")}</Button>}
      >
        {error instanceof ApiError && error.details.length > 0 ? (
          <div data-testid="progress-import-errors">
            <Alert type="error" showIcon title={t("progress.import.failed")} description={error.message} style={{ marginBottom: 12 }} />
            <Table<SheetErrorRow>
              size="small"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={(error.details as Omit<SheetErrorRow, "key">[]).map((d, key) => ({ ...d, key }))}
              columns={[
                { title: t("progress.import.sheet"), dataIndex: "sheet", width: 160, render: (v?: string) => v ?? "—" },
                { title: t("progress.import.row"), dataIndex: "row", width: 60, render: (v?: number) => v ?? "—" },
                { title: t("progress.import.column"), dataIndex: "column", width: 180, render: (v: string | undefined, d) => v || d.path },
                { title: t("progress.import.message"), dataIndex: "message" },
              ]}
            />
          </div>
        ) : error ? (
          <ErrorAlert error={error} title={t("progress.import.failed")} />
        ) : mutation.data ? (
          <Alert type="success" showIcon data-testid="progress-import-done" title={t("progress.import.done", { ...mutation.data })} />
        ) : null}
      </Modal>
    </Space>
  );
}
