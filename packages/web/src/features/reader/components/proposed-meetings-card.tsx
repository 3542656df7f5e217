import { DeleteOutlined } from "@ant-design/icons";
import type { reader } from "@dondoc/domain";
import { Button, Card, Col, DatePicker, Input, Row, Select, Typography } from "antd";
import dayjs from "dayjs";
import { useI18n } from "../../../i18n/i18n-context";

/** The meetings and inspections the document announces or reports: kind, date and time, place, chair, subject. */
export function ProposedMeetingsCard(props: {
  meetings: reader.ProposedMeeting[];
  /** a stable key per meeting (useProposal) */
  keys: number[];
  onChange: (index: number, patch: Partial<reader.ProposedMeeting>) => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useI18n();
  if (props.meetings.length === 0) return null;
  const label = (key: "kind" | "date" | "time" | "place" | "chair" | "subject") => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t(`reader.meeting.${key}`)}
    </Typography.Text>
  );
  return (
    <Card size="small" title={t("reader.meetings", { count: props.meetings.length })} data-testid="proposed-meetings">
      {props.meetings.map((m, i) => (
        <Row gutter={[8, 4]} key={props.keys[i]} style={{ marginBottom: 12 }} align="bottom">
          <Col span={6}>
            {label("kind")}
            <Select
              size="small"
              style={{ width: "100%" }}
              value={m.kind}
              options={(["meeting", "inspection"] as const).map((k) => ({ value: k, label: t(`meeting.kind.${k}`) }))}
              onChange={(kind) => props.onChange(i, { kind })}
            />
          </Col>
          <Col span={6}>
            {label("date")}
            <DatePicker
              size="small"
              format="DD/MM/YYYY"
              style={{ width: "100%" }}
              value={m.date ? dayjs(m.date) : null}
              onChange={(d) => props.onChange(i, { date: d ? d.format("YYYY-MM-DD") : null })}
            />
          </Col>
          <Col span={4}>
            {label("time")}
            <Input
              size="small"
              value={m.time ?? ""}
              placeholder="14:00"
              onChange={(e) => props.onChange(i, { time: e.target.value || undefined })}
            />
          </Col>
          <Col span={8} style={{ textAlign: "right" }}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => props.onRemove(i)}>
              {t("reader.removeMeeting")}
            </Button>
          </Col>
          <Col span={12}>
            {label("place")}
            <Input size="small" value={m.place ?? ""} onChange={(e) => props.onChange(i, { place: e.target.value || undefined })} />
          </Col>
          <Col span={12}>
            {label("chair")}
            <Input size="small" value={m.chair ?? ""} onChange={(e) => props.onChange(i, { chair: e.target.value || null })} />
          </Col>
          <Col span={24}>
            {label("subject")}
            <Input size="small" value={m.subject ?? ""} onChange={(e) => props.onChange(i, { subject: e.target.value || undefined })} />
          </Col>
        </Row>
      ))}
    </Card>
  );
}
