import type { FormRule } from "antd";

/** An antd rule that checks one value with a zod schema and shows its (Vietnamese) message. */
export function zodFieldRule(schema: {
  safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } };
}): FormRule {
  return {
    validator: async (_rule, value) => {
      const result = schema.safeParse(value ?? "");
      if (!result.success) throw new Error(result.error?.issues[0]?.message ?? "");
    },
  };
}

/** The same rule, skipped while the field is empty (an optional e-mail or password). */
export function optional(rule: FormRule): FormRule {
  if (typeof rule === "function" || !rule.validator) return rule;
  const check = rule.validator;
  return {
    validator: async (r, value, callback) => {
      if (value === undefined || value === null || value === "") return;
      await check(r, value, callback);
    },
  };
}
