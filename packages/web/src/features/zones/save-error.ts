import { ApiError } from "../../api/api-error";
import { detailsToFields, type FieldErrors } from "./zone-form-values";

export interface SaveErrorView {
  /** 409: someone saved in between; the person must reload */
  conflict: string | null;
  /** 422 details placed under their fields */
  fields: FieldErrors | null;
  /** what to show above the form */
  messages: string[];
}

export const noSaveError: SaveErrorView = { conflict: null, fields: null, messages: [] };

/** How a failed save is shown: a conflict banner, messages under fields, or a general message. */
export function saveErrorView(error: unknown): SaveErrorView {
  if (error instanceof ApiError && error.status === 409) return { conflict: error.message, fields: null, messages: [] };
  if (error instanceof ApiError && error.status === 422) {
    const fields = detailsToFields(error.details);
    return { conflict: null, fields, messages: [error.message, ...fields.general] };
  }
  return { conflict: null, fields: null, messages: [error instanceof Error ? error.message : String(error)] };
}
