import { loadConfig } from "./config";
import { openDatabase } from "./db/client";
import type { RunningServer } from "./server";

/**
 * Composition root: config → database → app → listen. The database is opened first (the embedded
 * engine compiles its WebAssembly meanwhile) and the rest of the server is loaded while it opens.
 * A failure to start is one readable message, no stack.
 */
let server: RunningServer;
try {
  const config = loadConfig();
  const opening = openDatabase(config.database);
  opening.catch(() => {}); // awaited by startServer; a failure is reported there
  const { startServer } = await import("./server");
  server = await startServer(config, opening);
} catch (error) {
  console.error(`Đôn Đốc không khởi động được: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
