/** Interview templates (SPEC §6): types, the default template, the validator, display helpers. */
export type * from './template-types';
export { DEFAULT_INTERVIEW_TEMPLATE } from './default-template/index';
export { checkTemplate, type TemplateProblem } from './check-template';
export { validateAnswers, type AnswerError, type AnswersValidation } from './validate-answers';
export { validateFieldValue, type ParsedFieldValue } from './parse-field-value';
export { checkFieldValue, DEFAULT_TEXT_MAX } from './check-value';
export { visibleFields, visiblePaths } from './visible-fields';
export { interviewHighlights } from './interview-highlights';
export { answerTags, type AnswerTag } from './answer-tags';
export { profileUpdates, type ProfileUpdates } from './profile-updates';
export { formatAnswer } from './format-answer';
export { allFields, answerAt, findField, isEmptyAnswer, splitFieldPath } from './field-path';
export { matchOption, matchOptions } from './match-options';
export type { AnswerErrorCode } from './error-messages';
