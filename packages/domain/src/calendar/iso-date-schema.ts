import { z } from "zod";
import { isIsoDate } from "./iso-date";

/** A real calendar date written "YYYY-MM-DD". */
export const isoDateSchema = z.string().refine(isIsoDate, "Ngày phải có dạng YYYY-MM-DD và tồn tại");
