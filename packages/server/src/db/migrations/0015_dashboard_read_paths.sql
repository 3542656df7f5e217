DROP INDEX "zone_facts_zone_idx";--> statement-breakpoint
ALTER TABLE "task_occurrences" ADD COLUMN "deadline_kind" text;--> statement-breakpoint
UPDATE "task_occurrences" AS o SET "deadline_kind" = t."deadline"->>'kind' FROM "tasks" AS t WHERE t."id" = o."task_id";--> statement-breakpoint
ALTER TABLE "task_occurrences" ALTER COLUMN "deadline_kind" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "task_events_on_idx" ON "task_events" USING btree ("on","type");--> statement-breakpoint
CREATE INDEX "task_occurrences_period_due_idx" ON "task_occurrences" USING btree ("due_date","task_id","id") WHERE "task_occurrences"."kind" = 'period';--> statement-breakpoint
CREATE INDEX "zone_facts_latest_idx" ON "zone_facts" USING btree ("zone_id","field","recorded_at","id");
