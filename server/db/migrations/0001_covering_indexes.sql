DROP INDEX `orders_customer_day_idx`;--> statement-breakpoint
CREATE INDEX `orders_customer_day_idx` ON `orders` (`customer_pk`,`day`,`amount`);--> statement-breakpoint
DROP INDEX `tag_assignments_customer_idx`;--> statement-breakpoint
CREATE INDEX `tag_assignments_customer_idx` ON `tag_assignments` (`customer_pk`,`removed_at`,`tag_id`,`source`);