CREATE TABLE "land_clearance_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"zone_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"reported_on" date NOT NULL,
	"corrects_id" integer,
	"households_affected" integer,
	"households_counted" integer,
	"plans_approved" integer,
	"households_paid" integer,
	"money_paid_mvnd" double precision,
	"area_recovered_ha" double precision,
	"area_handed_over_ha" double precision,
	"graves_moved" integer,
	"households_resettled" integer,
	"complaints_open" integer,
	"note" text,
	"source_document_id" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "land_clearance_entries" ADD CONSTRAINT "land_clearance_entries_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "land_clearance_entries" ADD CONSTRAINT "land_clearance_entries_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "land_clearance_entries" ADD CONSTRAINT "land_clearance_entries_source_document_id_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "land_clearance_zone_idx" ON "land_clearance_entries" USING btree ("zone_id","reported_on");