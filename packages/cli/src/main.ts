import { AppError } from "@dondoc/domain";
import { loadConfig } from "@dondoc/server/config";
import { setLogLevel } from "@dondoc/server/log";
import { backupCommand } from "./commands/backup";
import { briefingCommand } from "./commands/briefing";
import { exportZonesCommand } from "./commands/export-zones";
import { importZonesCommand } from "./commands/import-zones";
import { readCommand } from "./commands/read";
import { rebuildReadModelCommand } from "./commands/rebuild-read-model";
import { reportCommand } from "./commands/report";
import { restoreCommand } from "./commands/restore";
import { tasksCommand } from "./commands/tasks";

/** `npm run dondoc -- <command> [args]`: operator commands, one file each, reusing the server's actions. */
const commands: Record<string, { usage: string; run: (args: string[], config: ReturnType<typeof loadConfig>) => Promise<void> }> = {
  "import-zones": importZonesCommand,
  "export-zones": exportZonesCommand,
  backup: backupCommand,
  restore: restoreCommand,
  tasks: tasksCommand,
  read: readCommand,
  report: reportCommand,
  briefing: briefingCommand,
  "rebuild-read-model": rebuildReadModelCommand,
};

function help(): string {
  return ["Cách dùng: npm run dondoc -- <lệnh> [tham số]", "", ...Object.entries(commands).map(([name, c]) => `  ${name} ${c.usage}`)].join(
    "\n",
  );
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help") {
    console.log(help());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Không có lệnh "${name}".\n\n${help()}`);
    return 2;
  }
  const config = loadConfig();
  setLogLevel(config.logLevel === "info" ? "warn" : config.logLevel);
  try {
    await command.run(args, config);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`Lỗi: ${error.message}`);
      for (const d of error.details) console.error(`  - ${d.path}: ${d.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
