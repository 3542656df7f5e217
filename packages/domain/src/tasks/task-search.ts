import { searchKey } from "../shared/vi-text";

/**
 * The stored search key of a task (`tasks.text_search`): its subject and summary folded the way
 * zones are (`searchKey`/`foldVi`: no marks, đ→d, NFC-insensitive), so "xu ly nuoc thai" finds
 * "Xử lý nước thải". Queried with `searchPattern`, like the zone list.
 */
export function taskSearchKey(task: { subject: string; summary: string }): string {
  return searchKey([task.subject, task.summary]);
}
