ALTER TABLE "figures" ADD COLUMN "as_of_period" text;--> statement-breakpoint
ALTER TABLE "land_clearance_entries" ADD COLUMN "reported_period" text;