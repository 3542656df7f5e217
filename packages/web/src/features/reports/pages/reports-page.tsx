import { formatDateVi } from "@dondoc/domain";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, DatePicker, Flex, InputNumber, Radio, Select, Space, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { listZones, zoneKeys } from "../../../api/zones-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";
import { todayInVietnamDay } from "../../../shared/today";
import { useMe } from "../../auth/hooks/use-me";
import { IssueReportForm } from "../components/issue-report-form";
import { listMeetings, reportKeys, reportLinks } from "../reports-api";

/** The two formats of a consolidated report, as plain download links. */
function Downloads({ docx, xlsx, testId }: { docx: string; xlsx: string; testId: string }) {
  const { t } = useI18n();
  return (
    <Space wrap>
      <Button type="primary" href={docx} data-testid={`${testId}-docx`}>
        {t("reports.downloadDocx")}
      </Button>
      <Button href={xlsx} data-testid={`${testId}-xlsx`}>
        {t("reports.downloadXlsx")}
      </Button>
    </Space>
  );
}

/** Báo cáo: the monthly and annual reports (.docx, .xlsx) and the briefing pack for a meeting or a zone (.docx). */
export function ReportsPage() {
  const { t } = useI18n();
  const [month, setMonth] = useState<Dayjs>(() => todayInVietnamDay().subtract(todayInVietnamDay().date() < 20 ? 1 : 0, "month"));
  const [year, setYear] = useState<number>(() => todayInVietnamDay().year());
  const [mode, setMode] = useState<"meeting" | "zone">("meeting");
  const [meetingId, setMeetingId] = useState<string | undefined>();
  const [zoneId, setZoneId] = useState<string | undefined>();
  const meetings = useQuery({ queryKey: reportKeys.meetings, queryFn: ({ signal }) => listMeetings(signal) });
  const zones = useQuery({
    queryKey: zoneKeys.list({ sort: "name", order: "asc", pageSize: 500 }),
    queryFn: ({ signal }) => listZones({ sort: "name", order: "asc", pageSize: 500 }, signal),
  });
  const period = month.format("YYYY-MM");
  const me = useMe().data;
  // Sở Công Thương issues its own report (the server checks again)
  const issues = me?.role === "admin" || (me?.role === "agency" && me.agency?.id === "so-cong-thuong");
  const briefing =
    mode === "meeting"
      ? meetingId
        ? reportLinks.briefingForMeeting(meetingId)
        : null
      : zoneId
        ? reportLinks.briefingForZone(zoneId)
        : null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", maxWidth: 880 }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("reports.title")}
      </Typography.Title>
      <Typography.Text>{t("reports.intro")}</Typography.Text>

      <Card size="small" title={t("reports.monthly.title")}>
        <Typography.Paragraph>{t("reports.monthly.hint")}</Typography.Paragraph>
        <Flex gap={12} wrap align="center">
          <DatePicker
            picker="month"
            value={month}
            allowClear={false}
            format="MM/YYYY"
            onChange={(d) => d && setMonth(d)}
            aria-label={t("reports.monthly.period")}
            data-testid="report-month"
          />
          <Downloads docx={reportLinks.monthly(period, "docx")} xlsx={reportLinks.monthly(period, "xlsx")} testId="report-monthly" />
        </Flex>
        {issues ? (
          <>
            <Typography.Paragraph style={{ marginTop: 16 }}>{t("reports.issue.hint")}</Typography.Paragraph>
            <IssueReportForm period={period} periodLabel={month.format("MM/YYYY")} />
          </>
        ) : null}
      </Card>

      <Card size="small" title={t("reports.annual.title")}>
        <Typography.Paragraph>{t("reports.annual.hint")}</Typography.Paragraph>
        <Flex gap={12} wrap align="center">
          <InputNumber
            min={2020}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            aria-label={t("reports.annual.year")}
            data-testid="report-year"
          />
          <Downloads docx={reportLinks.annual(year, "docx")} xlsx={reportLinks.annual(year, "xlsx")} testId="report-annual" />
        </Flex>
      </Card>

      <Card size="small" title={t("reports.briefing.title")}>
        <Typography.Paragraph>{t("reports.briefing.hint")}</Typography.Paragraph>
        {meetings.error ? <ErrorAlert error={meetings.error} /> : null}
        {zones.error ? <ErrorAlert error={zones.error} /> : null}
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Radio.Group
            value={mode}
            onChange={(e) => setMode(e.target.value)}
            aria-label={t("reports.briefing.title")}
            data-testid="briefing-mode"
          >
            <Radio.Button value="meeting">{t("reports.briefing.forMeeting")}</Radio.Button>
            <Radio.Button value="zone">{t("reports.briefing.forZone")}</Radio.Button>
          </Radio.Group>
          <Flex gap={12} wrap align="center">
            {mode === "meeting" ? (
              <Select
                style={{ minWidth: "min(420px, 100%)", maxWidth: "100%" }}
                showSearch
                optionFilterProp="label"
                placeholder={t("reports.briefing.pickMeeting")}
                loading={meetings.isPending}
                value={meetingId}
                onChange={setMeetingId}
                aria-label={t("reports.briefing.pickMeeting")}
                data-testid="briefing-meeting"
                options={[...(meetings.data?.items ?? [])]
                  .sort((a, b) => b.date.localeCompare(a.date))
                  .map((m) => ({ value: m.id, label: `${formatDateVi(m.date)} — ${m.subject}` }))}
              />
            ) : (
              <Select
                style={{ minWidth: "min(320px, 100%)", maxWidth: "100%" }}
                showSearch
                optionFilterProp="label"
                placeholder={t("reports.briefing.pickZone")}
                loading={zones.isPending}
                value={zoneId}
                onChange={setZoneId}
                aria-label={t("reports.briefing.pickZone")}
                data-testid="briefing-zone"
                options={(zones.data?.items ?? []).map((z) => ({ value: z.id, label: z.name }))}
              />
            )}
            <Button type="primary" href={briefing ?? undefined} disabled={!briefing} data-testid="briefing-docx">
              {t("reports.downloadDocx")}
            </Button>
          </Flex>
        </Space>
      </Card>
    </Space>
  );
}
