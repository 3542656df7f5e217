import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "@dondoc/domain";

/**
 * PGlite corrupts a data folder opened by two processes (STACK-NOTES §2), so the embedded
 * database holds an exclusive lock file. A lock left by a dead process is taken over.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "dondoc.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(path, "utf8").trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new AppError(
          "unavailable",
          `Thư mục dữ liệu ${dir} đang được tiến trình ${holder} sử dụng (máy chủ Đôn Đốc hoặc một lệnh CLI khác). ` +
            "Cơ sở dữ liệu nhúng chỉ cho phép một tiến trình mở một lúc: hãy dừng tiến trình đó, hoặc dùng PostgreSQL (DATABASE_URL).",
        );
      }
      unlinkSync(path); // stale: its process is gone
    }
  }
  throw new AppError("unavailable", `Không lấy được khóa thư mục dữ liệu ${dir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
