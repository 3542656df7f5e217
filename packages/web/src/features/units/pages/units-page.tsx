import { useQuery } from "@tanstack/react-query";
import { Col, Input, Row, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { listUnits, referenceKeys } from "../../../api/reference-api";
import { useI18n } from "../../../i18n/i18n-context";
import { QueryState } from "../../../shared/query-state";
import { UnitDetailCard } from "../components/unit-detail-card";
import { UnitSearchList } from "../components/unit-search-list";

/** Old ↔ new administrative units: search a name, see what an old commune became and what a new one was made of. */
export function UnitsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const selectedId = params.get("id");
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const query = q.trim() ? { q: q.trim() } : { level: "district,city" };
  const units = useQuery({ queryKey: referenceKeys.units(query), queryFn: ({ signal }) => listUnits(query, signal) });
  const set = (change: { q?: string; id?: string | null }) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("units.title")}
      </Typography.Title>
      <Typography.Text type="secondary">{t("units.hint")}</Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Space orientation="vertical" style={{ width: "100%" }}>
            <Input.Search
              allowClear
              data-testid="unit-search"
              aria-label={t("units.search")}
              placeholder={t("units.search")}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onSearch={(value) => set({ q: value.trim() })}
            />
            <QueryState query={units}>
              {(data) => (
                <>
                  <Typography.Text type="secondary">{t("units.results", { count: data.total })}</Typography.Text>
                  <UnitSearchList units={data.items} selectedId={selectedId} onSelect={(id) => set({ id })} />
                </>
              )}
            </QueryState>
          </Space>
        </Col>
        <Col xs={24} lg={15}>
          {selectedId ? <UnitDetailCard id={selectedId} onSelect={(id) => set({ id })} /> : null}
        </Col>
      </Row>
    </Space>
  );
}
