import { loadConfig } from "./config";
import { startServer } from "./server";

/** Composition root: config → database → app → listen. */
const config = loadConfig();
const server = await startServer(config);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
