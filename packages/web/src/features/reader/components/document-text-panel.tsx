import { Card, Typography } from "antd";
import { useMemo } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import { highlightSegments } from "../quote-highlight";

export const quoteElementId = (task: number) => `quote-${task}`;

/** The document as read, each task's source quote highlighted and numbered; a click on a quote selects its task. */
export function DocumentTextPanel(props: {
  text: string;
  quotes: (string | null | undefined)[];
  active: number | null;
  onSelect: (task: number) => void;
}) {
  const { t } = useI18n();
  const segments = useMemo(() => highlightSegments(props.text, props.quotes), [props.text, props.quotes]);
  const found = segments.filter((s) => s.task !== null).length;
  return (
    <Card
      size="small"
      title={t("reader.text")}
      extra={<Typography.Text type="secondary">{t("reader.quotesFound", { found, total: props.quotes.length })}</Typography.Text>}
      styles={{ body: { padding: 0 } }}
    >
      <div className="reader-text" data-testid="reader-text">
        {segments.map((s) =>
          s.task === null ? (
            <span key={s.start}>{s.text}</span>
          ) : (
            <mark
              key={s.start}
              id={quoteElementId(s.task)}
              className={s.task === props.active ? "reader-quote active" : "reader-quote"}
              data-task={s.task}
            >
              <button
                type="button"
                className="reader-quote-number"
                onClick={() => props.onSelect(s.task as number)}
                title={t("reader.showTask")}
              >
                {s.task + 1}
              </button>
              {s.text}
            </mark>
          ),
        )}
      </div>
    </Card>
  );
}
