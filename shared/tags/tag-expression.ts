import type { BoolNode } from './ast';
import { checkTagExpression, type CheckOptions } from './checker';
import { requiredFeatures, type FeatureRequirement } from './feature-requirements';
import { defaultCatalogue, type FieldCatalogue } from './field-catalogue';
import { parseTagExpression } from './parser';

/** A parsed and type-checked expression with the features it reads. */
export interface TagExpression {
  source: string;
  ast: BoolNode;
  features: FeatureRequirement[];
}

/**
 * Parses and checks an expression in one step; throws TagLanguageError only.
 * Example: `tagExpression('monetary_365d > 100000').features[0].key` → 'monetary_365d'.
 */
export function tagExpression(source: string, catalogue: FieldCatalogue = defaultCatalogue(), options: CheckOptions = {}): TagExpression {
  const ast = parseTagExpression(source);
  checkTagExpression(ast, catalogue, options);
  return { source, ast, features: requiredFeatures(ast, catalogue) };
}
