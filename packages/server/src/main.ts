import { loadConfig } from "./config";
import { type RunningServer, startServer } from "./server";

/** Composition root: config → database → app → listen. A failure to start is one readable message, no stack. */
let server: RunningServer;
try {
  server = await startServer(loadConfig());
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
