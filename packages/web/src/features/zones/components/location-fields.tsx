import { Col, Form, InputNumber, Radio, Row, Select } from "antd";
import { useI18n } from "../../../i18n/i18n-context";
import { useCommunes2025, useDistricts } from "../../../shared/use-reference";
import { viSearch } from "../../../shared/vi-search";
import { zodRule } from "./zone-form-rules";

/** Former district, 2025 communes, and the point typed in WGS84 or VN-2000. */
export function LocationFields() {
  const { t, lang } = useI18n();
  const districts = useDistricts().data?.items ?? [];
  const communes = useCommunes2025().data?.items ?? [];
  const decimal = lang === "vi" ? "," : ".";
  const system = Form.useWatch(["location", "system"]) ?? "wgs84";
  const number = (name: string, label: string, min: number, max: number) => (
    <Form.Item name={["location", name]} label={label} rules={[zodRule(["location", name])]} dependencies={[["location", "system"]]}>
      <InputNumber style={{ width: "100%" }} min={min} max={max} decimalSeparator={decimal} data-testid={`location-${name}`} />
    </Form.Item>
  );
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="formerDistrictId" label={t("zones.filter.formerDistrict")} rules={[zodRule(["formerDistrictId"])]}>
          <Select
            allowClear
            showSearch={viSearch}
            placeholder={t("form.select")}
            options={districts.map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="communeIds" label={t("zones.filter.commune")} rules={[zodRule(["communeIds"])]}>
          <Select
            mode="multiple"
            allowClear
            showSearch={viSearch}
            placeholder={t("form.select")}
            options={communes.map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name={["location", "system"]}
          label={t("form.location.system")}
          rules={[zodRule(["location", "system"])]}
          extra={t("form.location.hint")}
        >
          <Radio.Group
            optionType="button"
            options={[
              { value: "wgs84", label: t("form.location.wgs84") },
              { value: "vn2000", label: t("form.location.vn2000") },
            ]}
          />
        </Form.Item>
      </Col>
      {system === "wgs84" ? (
        <>
          <Col xs={24} md={12}>
            {number("lat", t("form.location.lat"), -90, 90)}
          </Col>
          <Col xs={24} md={12}>
            {number("lon", t("form.location.lon"), -180, 180)}
          </Col>
        </>
      ) : (
        <>
          <Col xs={24} md={12}>
            {number("x", t("form.location.x"), 0, 10_000_000)}
          </Col>
          <Col xs={24} md={12}>
            {number("y", t("form.location.y"), 0, 10_000_000)}
          </Col>
        </>
      )}
    </Row>
  );
}
