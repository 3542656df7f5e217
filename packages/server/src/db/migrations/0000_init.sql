CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "admin_units" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text,
	"name" text NOT NULL,
	"name_search" text NOT NULL,
	"level" text NOT NULL,
	"parent_id" text,
	"valid_from" date,
	"valid_to" date,
	"former_district_ids" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'transcribed' NOT NULL,
	"note" text,
	"source_document_id" text,
	"source_passage" text
);
--> statement-breakpoint
CREATE TABLE "unit_successions" (
	"from_id" text NOT NULL,
	"to_id" text NOT NULL,
	"partial" boolean DEFAULT false NOT NULL,
	"effective_on" date NOT NULL,
	"source_document_id" text,
	"source_passage" text,
	CONSTRAINT "unit_successions_from_id_to_id_pk" PRIMARY KEY("from_id","to_id")
);
--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"short_name" text,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"name_search" text NOT NULL,
	"parent_id" text,
	"unit_id" text,
	"title" text,
	"valid_from" date,
	"valid_to" date,
	"successor_id" text,
	"source_document_id" text,
	"source_passage" text
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"number" text,
	"issued_on" text,
	"issuer" text NOT NULL,
	"signer" text,
	"title" text NOT NULL,
	"file" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "figures" (
	"id" text PRIMARY KEY NOT NULL,
	"metric" text NOT NULL,
	"scope_id" text,
	"zone_id" text,
	"value" numeric(18, 4) NOT NULL,
	"unit" text NOT NULL,
	"as_of" date NOT NULL,
	"source_document_id" text NOT NULL,
	"source_passage" text
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" text PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"metric" text NOT NULL,
	"threshold" numeric(8, 4),
	"by_year" numeric(4, 0),
	"computation" text NOT NULL,
	"source_document_id" text NOT NULL,
	"source_passage" text
);
--> statement-breakpoint
CREATE TABLE "plan_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"document_id" text NOT NULL,
	"table_code" text NOT NULL,
	"row_no" integer NOT NULL,
	"zone_id" text NOT NULL,
	"entry_kind" text NOT NULL,
	"phase" text,
	"area_ha" numeric(12, 2) NOT NULL,
	"investment_mvnd" numeric(16, 2),
	"funding_source" text
);
--> statement-breakpoint
CREATE TABLE "zone_facts" (
	"id" serial PRIMARY KEY NOT NULL,
	"zone_id" text NOT NULL,
	"field" text NOT NULL,
	"value" jsonb,
	"as_of" date,
	"source_document_id" text,
	"source_passage" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zone_units" (
	"zone_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"basis" text NOT NULL,
	"passage" text,
	CONSTRAINT "zone_units_zone_id_unit_id_pk" PRIMARY KEY("zone_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"name_search" text NOT NULL,
	"stage" text NOT NULL,
	"phase" text,
	"funding_source" text,
	"former_district_id" text,
	"area_ha" numeric(12, 2),
	"industrial_land_ha" numeric(12, 2),
	"leased_land_ha" numeric(12, 2),
	"total_investment_mvnd" numeric(16, 2),
	"investor_id" text,
	"decision_number" text,
	"decision_date" date,
	"lat" double precision,
	"lon" double precision,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "admin_units" ADD CONSTRAINT "admin_units_source_document_id_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_successions" ADD CONSTRAINT "unit_successions_from_id_admin_units_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_successions" ADD CONSTRAINT "unit_successions_to_id_admin_units_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_successions" ADD CONSTRAINT "unit_successions_source_document_id_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_source_document_id_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_scope_id_admin_units_id_fk" FOREIGN KEY ("scope_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_source_document_id_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_source_document_id_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_entries" ADD CONSTRAINT "plan_entries_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_entries" ADD CONSTRAINT "plan_entries_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_facts" ADD CONSTRAINT "zone_facts_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_facts" ADD CONSTRAINT "zone_facts_source_document_id_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_units" ADD CONSTRAINT "zone_units_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_units" ADD CONSTRAINT "zone_units_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_former_district_id_admin_units_id_fk" FOREIGN KEY ("former_district_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_investor_id_agencies_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_units_level_idx" ON "admin_units" USING btree ("level");--> statement-breakpoint
CREATE UNIQUE INDEX "admin_units_code_idx" ON "admin_units" USING btree ("code");--> statement-breakpoint
CREATE INDEX "unit_successions_to_idx" ON "unit_successions" USING btree ("to_id");--> statement-breakpoint
CREATE INDEX "agencies_kind_idx" ON "agencies" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "figures_metric_idx" ON "figures" USING btree ("metric","as_of");--> statement-breakpoint
CREATE INDEX "plan_entries_zone_idx" ON "plan_entries" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "zone_facts_zone_idx" ON "zone_facts" USING btree ("zone_id","field");--> statement-breakpoint
CREATE INDEX "zone_units_unit_idx" ON "zone_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "zones_kind_idx" ON "zones" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "zones_name_search_trgm" ON "zones" USING gin ("name_search" gin_trgm_ops);