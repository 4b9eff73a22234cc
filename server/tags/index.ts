/** Tag services (SPEC §5) over the database; the pure language and statistics live in shared/tags. */
export { ensureDefaultTags, findTag, loadTags, type TagRow } from './tag-repository';
export { loadFeatures, type FeatureScope, type LoadedFeatures } from './feature-loader';
export { previewTag, type TagPreview } from './preview-tag';
export { createTag, type NewTagInput } from './create-tag';
export { listTaxonomy, type Taxonomy, type TagView } from './taxonomy';
export { evaluateRuleTags, type EvaluateOptions, type RuleTagsReport } from './evaluate-rule-tags';
export { applyEventTags, type EventTagsResult } from './event-tags';
export { cardTags } from './card-tags';
export { recordTagUse, resolveTagIds, tagUsageReport, usageDay, TAG_USE_KINDS, type TagUseKind, type TagUsageReport } from './tag-usage';
export { validateTag, type TagValidation, type ValidationSettings } from './validate-tag';
export { refreshTagsForCustomers } from './activity-tags';
export { tagFilterCondition, tagIdFilterCondition } from './tag-filter';
export { listTagFilters, type ListTagFilters, type ListTagQuery } from './list-filter-tags';
export { resolveFilterTag, type ResolvedTag } from './resolve-tag';
export { segmentTagIds, type SegmentLabel } from './segment-tag-ids';
