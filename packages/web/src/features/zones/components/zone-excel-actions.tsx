import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import type { ZoneFilter } from "@dondoc/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Modal, Space, Upload } from "antd";
import { useState } from "react";
import { exportUrl, type ImportResult, importZones, zoneKeys } from "../../../api/zones-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ImportResultView } from "./import-result-view";

/** Export of the filtered list, and import of a workbook (all rows or none; errors by row and column). */
export function ZoneExcelActions({ filter, canImport }: { filter: ZoneFilter; canImport: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const mutation = useMutation<ImportResult, unknown, File>({
    mutationFn: importZones,
    onSettled: () => setOpen(true),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: zoneKeys.all }),
  });

  return (
    <Space wrap>
      <Button icon={<DownloadOutlined />} href={exportUrl(filter)} download data-testid="zone-export">
        {t("zones.export")}
      </Button>
      {canImport ? (
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          maxCount={1}
          customRequest={({ file }) => mutation.mutate(file as File)}
        >
          <Button icon={<UploadOutlined />} loading={mutation.isPending} data-testid="zone-import">
            {t("zones.import")}
          </Button>
        </Upload>
      ) : null}
      <Modal
        open={open}
        title={t("zones.import.title")}
        width={760}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>{t("common.close")}</Button>}
      >
        <ImportResultView result={mutation.data} error={mutation.error} />
      </Modal>
    </Space>
  );
}
