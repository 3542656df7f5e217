import type { FormRule } from "antd";
import { errorsFor, type FieldName, validateValues, type ZoneFormValues } from "../zone-form-values";

/** An antd rule that shows, under one field, the domain schema's message for that field. */
export function zodRule(name: FieldName): FormRule {
  return ({ getFieldsValue }) => ({
    validator: async () => {
      const [message] = errorsFor(validateValues(getFieldsValue(true) as ZoneFormValues), name);
      if (message) throw new Error(message);
    },
  });
}
