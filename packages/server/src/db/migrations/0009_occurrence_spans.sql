CREATE TABLE "occurrence_spans" (
	"occurrence_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"completed_on" date,
	"cancelled_on" date,
	"extension_requested_on" date,
	"extension_status" text,
	"extension_new_due_date" date,
	"extension_decided_on" date,
	"pending_submission" boolean NOT NULL,
	"pending_extension" boolean NOT NULL,
	CONSTRAINT "occurrence_spans_occurrence_id_valid_from_pk" PRIMARY KEY("occurrence_id","valid_from")
);
--> statement-breakpoint
ALTER TABLE "occurrence_spans" ADD CONSTRAINT "occurrence_spans_occurrence_id_task_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."task_occurrences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "occurrence_spans_current_idx" ON "occurrence_spans" USING btree ("occurrence_id") WHERE "occurrence_spans"."valid_to" is null;