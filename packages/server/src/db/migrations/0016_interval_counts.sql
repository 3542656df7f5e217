CREATE TABLE "count_base" (
	"measure" text NOT NULL,
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "count_base_measure_bucket_key_pk" PRIMARY KEY("measure","bucket","key")
);
--> statement-breakpoint
CREATE TABLE "count_base_days" (
	"measure" text PRIMARY KEY NOT NULL,
	"day" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "count_deltas" (
	"measure" text NOT NULL,
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"day" date NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "count_deltas_measure_bucket_key_day_pk" PRIMARY KEY("measure","bucket","key","day")
);
--> statement-breakpoint
CREATE TABLE "count_intervals" (
	"measure" text NOT NULL,
	"task_id" text NOT NULL,
	"key" text NOT NULL,
	"bucket" text NOT NULL,
	"from_day" date,
	"to_day" date
);
--> statement-breakpoint
ALTER TABLE "count_intervals" ADD CONSTRAINT "count_intervals_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "count_deltas_day_idx" ON "count_deltas" USING btree ("measure","day");--> statement-breakpoint
CREATE INDEX "count_intervals_task_idx" ON "count_intervals" USING btree ("measure","task_id");