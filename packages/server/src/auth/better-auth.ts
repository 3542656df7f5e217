import { eq } from "drizzle-orm";
import type { Config } from "../config";
import type { Db } from "../db/client";
import { accounts, sessions, settings, users, verifications } from "../db/schema";
import { hashPassword, verifyPassword } from "./passwords";

export const SESSION_HOURS = 12;

/**
 * better-auth does the sessions (database rows, signed HttpOnly cookie) and the username sign-in.
 * Its own HTTP routes are not mounted: only our /api/auth/* routes call it, so there is no sign-up.
 */
export async function createAuth(db: Db, config: Config) {
  // imported here, not at the top: better-auth is ~0,4 s of loading, which the server does after it listens (server.ts)
  const [{ betterAuth }, { drizzleAdapter }, { username }] = await Promise.all([
    import("better-auth"),
    import("better-auth/adapters/drizzle"),
    import("better-auth/plugins/username"),
  ]);
  const secret = await sessionSecret(db);
  const baseURL = config.publicUrl ?? `http://localhost:${config.port}`;
  return betterAuth({
    appName: "Đôn Đốc",
    baseURL,
    secret,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 200,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    plugins: [username({ minUsernameLength: 3, maxUsernameLength: 40, usernameValidator: (u) => /^[a-z0-9._-]{3,40}$/.test(u) })],
    session: { expiresIn: SESSION_HOURS * 3600, updateAge: 3600 },
    rateLimit: { enabled: false }, // lock-out is ours (features/auth/login.ts)
    advanced: {
      cookiePrefix: "dondoc",
      useSecureCookies: baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
    },
    telemetry: { enabled: false },
    logger: { disabled: true },
  });
}
export type Auth = Awaited<ReturnType<typeof createAuth>>;

/** One secret per installation, kept in the database so that every instance and restart shares it. */
async function sessionSecret(db: Db): Promise<string> {
  const fresh = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
  await db.insert(settings).values({ key: "session-secret", value: fresh }).onConflictDoNothing();
  const [row] = await db.select().from(settings).where(eq(settings.key, "session-secret"));
  if (!row) throw new Error("session secret missing");
  return row.value;
}
