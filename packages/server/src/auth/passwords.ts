import { hash, verify } from "@node-rs/argon2";

/** argon2id with the OWASP profile (m = 19 MiB, t = 2, p = 1): ~40 ms to hash on this machine. */
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);
export const verifyPassword = (hashed: string, password: string) => verify(hashed, password).catch(() => false);

/** A readable one-time password: 4 groups of 4 from an alphabet without look-alikes. */
export function randomPassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}
