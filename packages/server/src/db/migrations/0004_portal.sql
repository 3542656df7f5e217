CREATE TABLE "enquiries" (
	"id" serial PRIMARY KEY NOT NULL,
	"zone_id" text,
	"agency_id" text,
	"name" text NOT NULL,
	"company" text,
	"email" text NOT NULL,
	"phone" text,
	"interest" text,
	"message" text NOT NULL,
	"language" text NOT NULL,
	"address_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "occurrence_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "enquiry_id" integer;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "published" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "industries" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "rental_price" text;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "contact" text;--> statement-breakpoint
ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enquiries_agency_idx" ON "enquiries" USING btree ("agency_id","created_at");--> statement-breakpoint
CREATE INDEX "enquiries_address_idx" ON "enquiries" USING btree ("address_hash","created_at");