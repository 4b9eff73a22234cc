CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`label` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_token_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`subject` text,
	`details` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `bot_chats` (
	`telegram_user_id` integer PRIMARY KEY NOT NULL,
	`lang` text,
	`state` text,
	`updated_at` text
);
--> statement-breakpoint
CREATE TABLE `bot_updates` (
	`update_id` integer PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `customer_scores` (
	`customer_pk` integer PRIMARY KEY NOT NULL,
	`as_of` text NOT NULL,
	`recency_days` integer,
	`frequency` integer NOT NULL,
	`monetary` real NOT NULL,
	`r` integer,
	`f` integer,
	`m` integer,
	`rfm_segment` text,
	`rfm8` text,
	`lifecycle` text NOT NULL,
	`abc` text,
	`value_activity` text,
	`clv_tier` text,
	`cluster` integer,
	`p_alive` real,
	`expected_purchases_90d` real,
	`expected_avg_spend` real,
	`clv_12m` real,
	`churn_score` real,
	`churn_level` text,
	`churn_reasons` text,
	`value_at_risk` real,
	`next_action` text,
	`completeness` real,
	`newly_high` integer DEFAULT 0 NOT NULL,
	`computed_at` text NOT NULL,
	FOREIGN KEY (`customer_pk`) REFERENCES `customers`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `scores_churn_idx` ON `customer_scores` (`churn_level`,`newly_high`,`value_at_risk`);--> statement-breakpoint
CREATE INDEX `scores_rfm_idx` ON `customer_scores` (`rfm_segment`);--> statement-breakpoint
CREATE INDEX `scores_lifecycle_idx` ON `customer_scores` (`lifecycle`);--> statement-breakpoint
CREATE TABLE `customer_stats` (
	`customer_pk` integer PRIMARY KEY NOT NULL,
	`orders` integer DEFAULT 0 NOT NULL,
	`monetary` real DEFAULT 0 NOT NULL,
	`first_day` integer,
	`last_day` integer,
	`occasions` integer DEFAULT 0 NOT NULL,
	`first_occasion_amount` real DEFAULT 0 NOT NULL,
	`recent_amounts` text DEFAULT '' NOT NULL,
	`last_contact_day` integer,
	`last_event_day` integer,
	FOREIGN KEY (`customer_pk`) REFERENCES `customers`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `customers` (
	`pk` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` text NOT NULL,
	`name` text,
	`phone` text,
	`phone_tail` text,
	`email` text,
	`gender` text,
	`birth_year` integer,
	`region` text,
	`city` text,
	`source` text,
	`source_2` text,
	`source_3` text,
	`platform` text,
	`owner_id` integer,
	`field_id` integer,
	`attributes` text DEFAULT '{}' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	`erased_at` text,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`field_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_customer_id_unique` ON `customers` (`customer_id`);--> statement-breakpoint
CREATE INDEX `customers_owner_idx` ON `customers` (`owner_id`);--> statement-breakpoint
CREATE INDEX `customers_field_idx` ON `customers` (`field_id`);--> statement-breakpoint
CREATE INDEX `customers_phone_tail_idx` ON `customers` (`phone_tail`);--> statement-breakpoint
CREATE INDEX `customers_name_idx` ON `customers` (`name`);--> statement-breakpoint
CREATE TABLE `digest_runs` (
	`week` text PRIMARY KEY NOT NULL,
	`claimed_by` text NOT NULL,
	`claimed_at` text NOT NULL,
	`lease_until` text NOT NULL,
	`sent_at` text,
	`report` text
);
--> statement-breakpoint
CREATE TABLE `events` (
	`pk` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` text,
	`customer_pk` integer NOT NULL,
	`type` text NOT NULL,
	`occurred_at` text NOT NULL,
	`day` integer NOT NULL,
	`product` text,
	`duration_s` real,
	FOREIGN KEY (`customer_pk`) REFERENCES `customers`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_client_id_unique` ON `events` (`client_id`);--> statement-breakpoint
CREATE INDEX `events_customer_day_idx` ON `events` (`customer_pk`,`day`);--> statement-breakpoint
CREATE INDEX `events_day_idx` ON `events` (`day`);--> statement-breakpoint
CREATE TABLE `import_staging` (
	`import_id` text NOT NULL,
	`line` integer NOT NULL,
	`customer_id` text NOT NULL,
	`key` text,
	`at` text,
	`day` integer,
	`amount` real,
	`quantity` real,
	`kind` text,
	`product` text,
	`duration_s` real,
	`payload` text
);
--> statement-breakpoint
CREATE INDEX `import_staging_idx` ON `import_staging` (`import_id`,`key`);--> statement-breakpoint
CREATE TABLE `interviews` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_pk` integer NOT NULL,
	`author_id` integer,
	`template_id` text NOT NULL,
	`template_version` integer NOT NULL,
	`supersedes` text,
	`answers` text NOT NULL,
	`conducted_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_pk`) REFERENCES `customers`(`pk`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `interviews_customer_idx` ON `interviews` (`customer_pk`);--> statement-breakpoint
CREATE TABLE `link_codes` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `notes` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_pk` integer,
	`author_id` integer,
	`text` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`customer_pk`) REFERENCES `customers`(`pk`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `notes_customer_idx` ON `notes` (`customer_pk`);--> statement-breakpoint
CREATE TABLE `orders` (
	`pk` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` text NOT NULL,
	`customer_pk` integer NOT NULL,
	`ordered_at` text NOT NULL,
	`day` integer NOT NULL,
	`amount` real NOT NULL,
	`quantity` real,
	`channel` text,
	`product` text,
	`import_id` text,
	FOREIGN KEY (`customer_pk`) REFERENCES `customers`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_order_id_unique` ON `orders` (`order_id`);--> statement-breakpoint
CREATE INDEX `orders_customer_day_idx` ON `orders` (`customer_pk`,`day`);--> statement-breakpoint
CREATE INDEX `orders_day_idx` ON `orders` (`day`);--> statement-breakpoint
CREATE TABLE `owner_alerts` (
	`week` text NOT NULL,
	`customer_pk` integer NOT NULL,
	`owner_id` integer NOT NULL,
	`sent_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `owner_alerts_idx` ON `owner_alerts` (`week`,`customer_pk`);--> statement-breakpoint
CREATE TABLE `refresh_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`as_of` text NOT NULL,
	`week` text NOT NULL,
	`report` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `segment_snapshots` (
	`week` text NOT NULL,
	`customer_pk` integer NOT NULL,
	`as_of` text NOT NULL,
	`rfm_segment` text,
	`rfm8` text,
	`lifecycle` text,
	`abc` text,
	`value_activity` text,
	`clv_tier` text,
	`cluster` integer,
	`churn_level` text,
	`churn_score` real,
	`clv_12m` real
);
--> statement-breakpoint
CREATE UNIQUE INDEX `snapshots_week_customer_idx` ON `segment_snapshots` (`week`,`customer_pk`);--> statement-breakpoint
CREATE INDEX `snapshots_customer_idx` ON `segment_snapshots` (`customer_pk`,`week`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tag_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tag_id` text NOT NULL,
	`customer_pk` integer NOT NULL,
	`source` text NOT NULL,
	`reason` text,
	`assigned_at` text NOT NULL,
	`expires_at` text,
	`removed_at` text
);
--> statement-breakpoint
CREATE INDEX `tag_assignments_customer_idx` ON `tag_assignments` (`customer_pk`,`removed_at`);--> statement-breakpoint
CREATE INDEX `tag_assignments_tag_idx` ON `tag_assignments` (`tag_id`,`removed_at`);--> statement-breakpoint
CREATE TABLE `tag_experiments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tag_id` text NOT NULL,
	`outcome` text NOT NULL,
	`days` integer NOT NULL,
	`control_share` real NOT NULL,
	`cost` real,
	`report` text NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tag_experiments_tag_idx` ON `tag_experiments` (`tag_id`);--> statement-breakpoint
CREATE TABLE `tag_usage` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tag_id` text NOT NULL,
	`kind` text NOT NULL,
	`user_id` integer,
	`day` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tag_usage_tag_day_idx` ON `tag_usage` (`tag_id`,`day`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text,
	`category` text NOT NULL,
	`group_name` text NOT NULL,
	`kind` text NOT NULL,
	`description` text,
	`expression` text,
	`event_rule` text,
	`ttl_days` integer,
	`owner_id` integer,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_name_idx` ON `tags` (`name_zh`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`login` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text,
	`telegram_user_id` integer,
	`lang` text DEFAULT 'zh' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_login_unique` ON `users` (`login`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_telegram_user_id_unique` ON `users` (`telegram_user_id`);