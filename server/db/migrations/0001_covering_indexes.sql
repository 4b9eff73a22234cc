DROP INDEX `orders_customer_day_idx`;--> statement-breakpoint
CREATE INDEX `orders_customer_day_idx` ON `orders` (`customer_pk`,`day`,`amount`);--> statement-breakpoint
DROP INDEX `tag_assignments_tag_idx`;--> statement-breakpoint
CREATE INDEX `tag_assignments_tag_idx` ON `tag_assignments` (`tag_id`,`removed_at`,`source`,`customer_pk`);