import { DownloadOutlined, PrinterOutlined } from "@ant-design/icons";
import { Button, Space } from "antd";
import { useI18n } from "../i18n/i18n-context";

/**
 * "Excel (.xlsx)": the server's workbook of the figures on the page (the same answer as its API);
 * "In / PDF": the browser's print dialog, where "Save as PDF" makes the PDF, with the print
 * stylesheet of app.css (no menu, no controls). Hidden when printing.
 */
export function ExportButtons({ xlsxHref, testId }: { xlsxHref: string; testId: string }) {
  const { t } = useI18n();
  return (
    <Space wrap className="no-print">
      <Button icon={<DownloadOutlined />} href={xlsxHref} download data-testid={`${testId}-xlsx`}>
        {t("export.xlsx")}
      </Button>
      <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid={`${testId}-print`}>
        {t("export.print")}
      </Button>
    </Space>
  );
}
