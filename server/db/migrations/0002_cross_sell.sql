ALTER TABLE `customer_scores` RENAME COLUMN "next_action" TO "cross_sell";--> statement-breakpoint
-- The column held the whole next action ({code, text, products?}); it now holds only the products.
UPDATE `customer_scores` SET `cross_sell` = json_extract(`cross_sell`, '$.products') WHERE `cross_sell` IS NOT NULL;
