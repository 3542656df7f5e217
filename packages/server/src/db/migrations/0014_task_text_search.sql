ALTER TABLE "tasks" ADD COLUMN "text_search" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "tasks_text_search_trgm" ON "tasks" USING gin ("text_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "tasks_zone_ids_idx" ON "tasks" USING gin ("zone_ids");