import { type ZoneStage, zoneStageLabels } from "@dondoc/domain";
import { Tag } from "antd";
import { useI18n } from "../i18n/i18n-context";
import { stageColors } from "./stage-colors";

export function StageTag({ stage }: { stage: ZoneStage }) {
  const { label } = useI18n();
  return (
    <Tag color={stageColors[stage]} data-stage={stage}>
      {label(zoneStageLabels[stage])}
    </Tag>
  );
}
