import { DatePicker } from "antd";
import dayjs, { type Dayjs } from "dayjs";

/** Form.Item props that keep an ISO date ("2025-03-10") in the form while the picker shows dd/mm/yyyy. */
export const isoDateItemProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format("YYYY-MM-DD") : null),
};

export function DateField(props: {
  id?: string;
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  placeholder?: string;
  testId?: string;
}) {
  return (
    <DatePicker
      id={props.id}
      data-testid={props.testId}
      value={props.value}
      onChange={(v) => props.onChange?.(v)}
      format="DD/MM/YYYY"
      placeholder={props.placeholder}
      style={{ width: "100%" }}
    />
  );
}
