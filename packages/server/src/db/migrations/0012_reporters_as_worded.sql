-- The seeded obligations name their reporters as the notices word them: "các sở, ban, ngành … và các
-- đơn vị liên quan" resolves to the bodies with an open task on a zone, not every department. Only a
-- row still holding the old seeded value is changed (an obligation edited since is left as it is);
-- on a new database the rows do not exist yet and the seed writes the new values.
UPDATE "report_obligations" SET "reporter" = '{"kind":"groups","groups":["zone-task-bodies","communes-with-project","infrastructure-investors"],"agencyIds":[],"wording":"các sở, ban, ngành, UBND các xã, phường và các đơn vị liên quan"}'::jsonb
WHERE "id" = 'bc-thang-000-don-vi' AND "reporter" = '{"kind":"groups","groups":["departments","communes-with-project","infrastructure-investors"],"agencyIds":[]}'::jsonb;
--> statement-breakpoint
UPDATE "report_obligations" SET "reporter" = '{"kind":"groups","groups":["cluster-task-bodies","communes-with-cluster"],"agencyIds":[],"wording":"các sở, ban, ngành liên quan, UBND các huyện, thành phố và các đơn vị"}'::jsonb
WHERE "id" = 'bc-nam-003-don-vi' AND "reporter" = '{"kind":"groups","groups":["departments","communes-with-cluster"],"agencyIds":[]}'::jsonb;
--> statement-breakpoint
UPDATE "report_obligations" SET "reporter" = '{"kind":"group","group":"cluster-investors","wording":"chủ đầu tư hạ tầng CCN"}'::jsonb
WHERE "id" = 'bc-6thang-tt14-chu-dau-tu' AND "reporter" = '{"kind":"group","group":"cluster-investors"}'::jsonb;
--> statement-breakpoint
UPDATE "report_obligations" SET "reporter" = '{"kind":"group","group":"communes-with-cluster","wording":"UBND cấp huyện (từ 01/7/2025: UBND cấp xã có cụm công nghiệp)"}'::jsonb
WHERE "id" = 'bc-6thang-tt14-xa' AND "reporter" = '{"kind":"group","group":"communes-with-cluster"}'::jsonb;
