import { index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { now } from "../../clock";
import { agencies } from "./agencies";
import { users } from "./auth";
import { zones } from "./zones";

/** An enquiry from the public portal, routed to the agency responsible for the zone and answered in the product. */
export const enquiries = pgTable(
  "enquiries",
  {
    id: serial("id").primaryKey(),
    zoneId: text("zone_id").references(() => zones.id, { onDelete: "set null" }),
    agencyId: text("agency_id").references(() => agencies.id),
    name: text("name").notNull(),
    company: text("company"),
    email: text("email").notNull(),
    phone: text("phone"),
    interest: text("interest"),
    message: text("message").notNull(),
    language: text("language", { enum: ["vi", "en"] }).notNull(),
    /** sha-256 of the sender's address, for rate limiting without keeping the address */
    addressHash: text("address_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    answer: text("answer"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answeredBy: text("answered_by").references(() => users.id),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("enquiries_agency_idx").on(t.agencyId, t.createdAt), index("enquiries_address_idx").on(t.addressHash, t.createdAt)],
);
