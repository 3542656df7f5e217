import type { Config } from "@dondoc/server/config";
import { rebuildOccurrenceSpans } from "@dondoc/server/features/tasks/occurrence-read-model";
import { withDatabase } from "../with-database";

export const rebuildReadModelCommand = {
  usage: "               dựng lại bảng trạng thái nhiệm vụ (occurrence_spans) từ các sự kiện đã ghi",
  async run(_args: string[], config: Config) {
    const t = performance.now();
    const result = await withDatabase(config, (db) => rebuildOccurrenceSpans(db));
    console.log(
      `Đã dựng lại ${result.spans} khoảng trạng thái từ ${result.events} sự kiện trong ${((performance.now() - t) / 1000).toFixed(1)} s.`,
    );
  },
};
