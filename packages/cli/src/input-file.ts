import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { AppError } from "@dondoc/domain";
import type { Config } from "@dondoc/server/config";

/** Reads a file named on the command line (relative to where it was typed), refusing a missing or oversized one in Vietnamese. */
export function readInputFile(
  config: Config,
  file: string | undefined,
  example: string,
  maxBytes: number,
): { path: string; bytes: Uint8Array } {
  if (!file) throw new AppError("invalid", `Cần đường dẫn tệp, ví dụ: ${example}`);
  const path = resolve(config.invocationDir, file);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError("not_found", `Không tìm thấy tệp ${path}.`);
  }
  if (size > maxBytes) throw new AppError("too_large", `Tệp lớn hơn ${maxBytes / 1024 / 1024} MB.`);
  return { path, bytes: new Uint8Array(readFileSync(path)) };
}
