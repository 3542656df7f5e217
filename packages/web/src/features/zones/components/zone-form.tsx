import {
  fireSafetyStatuses,
  fireSafetyStatusLabels,
  fundingSourceLabels,
  fundingSources,
  wastewaterStatuses,
  wastewaterStatusLabels,
  zoneFieldLabels,
  zoneKindLabels,
  zoneKinds,
  zonePhaseLabels,
  zonePhases,
  zoneStageLabels,
  zoneStages,
} from "@dondoc/domain";
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space } from "antd";
import { type ReactNode, useEffect } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import { useAgencies } from "../../../shared/use-reference";
import { viSearch } from "../../../shared/vi-search";
import type { FieldErrors, ZoneFormValues } from "../zone-form-values";
import { DateField, isoDateItemProps } from "./date-field";
import { LocationFields } from "./location-fields";
import { SourceFields } from "./source-fields";
import { zodRule } from "./zone-form-rules";

type Field = keyof typeof zoneFieldLabels;

export interface ZoneFormProps {
  initialValues: ZoneFormValues;
  submitting: boolean;
  /** errors from the server (422 details), shown under their fields */
  serverErrors: FieldErrors | null;
  onSubmit(values: ZoneFormValues): void;
  onCancel(): void;
}

/** The zone form for both creation and edit; every message comes from the domain's zod schema or the server. */
export function ZoneForm(props: ZoneFormProps) {
  const { t, label, lang } = useI18n();
  const [form] = Form.useForm<ZoneFormValues>();
  const agencies = useAgencies().data?.items ?? [];
  const decimal = lang === "vi" ? "," : ".";

  useEffect(() => {
    if (props.serverErrors)
      form.setFields(props.serverErrors.fields.map((f) => ({ name: f.name, errors: f.errors })) as Parameters<typeof form.setFields>[0]);
  }, [form, props.serverErrors]);

  const item = (field: Field, control: ReactNode, extra: { required?: boolean; dependencies?: Field[]; span?: number } = {}) => (
    <Col xs={24} md={extra.span ?? 12}>
      <Form.Item
        name={field}
        label={label(zoneFieldLabels[field])}
        required={extra.required}
        rules={[zodRule([field])]}
        dependencies={extra.dependencies}
      >
        {control}
      </Form.Item>
    </Col>
  );
  const choice = (options: readonly string[], labels: Record<string, { vi: string; en: string }>, allowClear = true) => (
    <Select allowClear={allowClear} placeholder={t("form.select")} options={options.map((o) => ({ value: o, label: label(labels[o]) }))} />
  );
  const hectares = (testId: string) => <InputNumber style={{ width: "100%" }} min={0} decimalSeparator={decimal} data-testid={testId} />;

  return (
    <Form<ZoneFormValues>
      form={form}
      name="zone"
      layout="vertical"
      initialValues={props.initialValues}
      onFinish={props.onSubmit}
      scrollToFirstError
      data-testid="zone-form"
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Card size="small" title={t("zone.section.general")}>
          <Row gutter={16}>
            {item("name", <Input maxLength={200} data-testid="input-name" />, { required: true })}
            {item("kind", choice(zoneKinds, zoneKindLabels, false), { required: true, span: 6 })}
            {item("stage", choice(zoneStages, zoneStageLabels, false), { required: true, span: 6 })}
            {item("aliases", <Select mode="tags" open={false} suffixIcon={null} placeholder={t("form.aliases")} />, { span: 24 })}
            {item("phase", choice(zonePhases, zonePhaseLabels))}
            {item("fundingSource", choice(fundingSources, fundingSourceLabels))}
            {item(
              "investorId",
              <Select
                allowClear
                showSearch={viSearch}
                placeholder={t("form.select")}
                options={agencies.map((a) => ({ value: a.id, label: a.name }))}
              />,
              { span: 24 },
            )}
            {item("establishmentDecisionNumber", <Input maxLength={40} placeholder="1586/QĐ-UBND" />)}
            <Col xs={24} md={12}>
              <Form.Item
                name="establishmentDecisionDate"
                label={label(zoneFieldLabels.establishmentDecisionDate)}
                rules={[zodRule(["establishmentDecisionDate"])]}
                {...isoDateItemProps}
              >
                <DateField placeholder={t("form.datePlaceholder")} />
              </Form.Item>
            </Col>
            {item("note", <Input.TextArea rows={2} maxLength={2000} />, { span: 24 })}
          </Row>
        </Card>
        <Card size="small" title={t("zone.section.figures")}>
          <Row gutter={16}>
            {item("areaHa", hectares("input-areaHa"), { span: 6 })}
            {item("industrialLandHa", hectares("input-industrialLandHa"), { span: 6, dependencies: ["areaHa"] })}
            {item("leasedLandHa", hectares("input-leasedLandHa"), { span: 6, dependencies: ["industrialLandHa"] })}
            {item(
              "totalInvestmentMillionVnd",
              <InputNumber style={{ width: "100%" }} min={0} decimalSeparator={decimal} data-testid="input-investment" />,
              { span: 6 },
            )}
          </Row>
        </Card>
        <Card size="small" title={t("zone.section.infrastructure")}>
          <Row gutter={16}>
            {item("wastewaterStatus", choice(wastewaterStatuses, wastewaterStatusLabels), { span: 6 })}
            {item(
              "wastewaterCapacityM3",
              <InputNumber style={{ width: "100%" }} min={0} decimalSeparator={decimal} data-testid="input-wastewaterCapacityM3" />,
              { span: 6 },
            )}
            {item(
              "wastewaterMonitoring",
              <Select
                allowClear
                placeholder={t("form.select")}
                options={[
                  { value: true, label: label({ vi: "Có", en: "Yes" }) },
                  { value: false, label: label({ vi: "Không", en: "No" }) },
                ]}
              />,
              { span: 6 },
            )}
            {item("fireSafetyStatus", choice(fireSafetyStatuses, fireSafetyStatusLabels), { span: 6 })}
          </Row>
        </Card>
        <Card size="small" title={t("form.locationSection")}>
          <LocationFields />
        </Card>
        <SourceFields />
        <Space>
          <Button type="primary" htmlType="submit" loading={props.submitting} data-testid="zone-save">
            {t("common.save")}
          </Button>
          <Button onClick={props.onCancel}>{t("common.cancel")}</Button>
        </Space>
      </Space>
    </Form>
  );
}
