CREATE TABLE "milestone_facts" (
	"id" serial PRIMARY KEY NOT NULL,
	"zone_id" text NOT NULL,
	"project_id" integer,
	"milestone" text NOT NULL,
	"planned_on" date,
	"actual_on" date,
	"reported_on" date NOT NULL,
	"note" text,
	"source_document_id" text,
	"source_passage" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenant_project_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"reported_on" date NOT NULL,
	"corrects_id" integer,
	"status" text NOT NULL,
	"area_ha" double precision,
	"registered_capital_mvnd" double precision,
	"disbursed_capital_mvnd" double precision,
	"jobs" integer,
	"note" text,
	"source_document_id" text,
	"source_passage" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenant_projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"zone_id" text NOT NULL,
	"name" text NOT NULL,
	"investor_name" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_obligations" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"reporter" jsonb NOT NULL,
	"recipient_agency_id" text NOT NULL,
	"frequency" text NOT NULL,
	"cutoff" jsonb NOT NULL,
	"deadline" jsonb NOT NULL,
	"figures" text[] DEFAULT '{}' NOT NULL,
	"sections" text[] DEFAULT '{}' NOT NULL,
	"legal_basis" text NOT NULL,
	"source_document_id" text,
	"source_passage" text,
	"starts_on" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"id" serial PRIMARY KEY NOT NULL,
	"obligation_id" text NOT NULL,
	"period" text NOT NULL,
	"reporter_agency_id" text NOT NULL,
	"submitted_on" date NOT NULL,
	"sections" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"figure_refs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"replaces_id" integer,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "wastewater_status" text;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "wastewater_capacity_m3" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "wastewater_monitoring" boolean;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "fire_safety_status" text;--> statement-breakpoint
ALTER TABLE "milestone_facts" ADD CONSTRAINT "milestone_facts_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_facts" ADD CONSTRAINT "milestone_facts_project_id_tenant_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."tenant_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_facts" ADD CONSTRAINT "milestone_facts_source_document_id_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_project_reports" ADD CONSTRAINT "tenant_project_reports_project_id_tenant_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."tenant_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_project_reports" ADD CONSTRAINT "tenant_project_reports_source_document_id_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_projects" ADD CONSTRAINT "tenant_projects_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_obligations" ADD CONSTRAINT "report_obligations_recipient_agency_id_agencies_id_fk" FOREIGN KEY ("recipient_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_obligations" ADD CONSTRAINT "report_obligations_source_document_id_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_obligation_id_report_obligations_id_fk" FOREIGN KEY ("obligation_id") REFERENCES "public"."report_obligations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_reporter_agency_id_agencies_id_fk" FOREIGN KEY ("reporter_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "milestone_facts_zone_idx" ON "milestone_facts" USING btree ("zone_id","milestone");--> statement-breakpoint
CREATE INDEX "tenant_project_reports_project_idx" ON "tenant_project_reports" USING btree ("project_id","reported_on");--> statement-breakpoint
CREATE INDEX "tenant_projects_zone_idx" ON "tenant_projects" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "report_submissions_period_idx" ON "report_submissions" USING btree ("obligation_id","period","reporter_agency_id");