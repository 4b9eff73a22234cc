/** The demo data set (SPEC §8 `demo`): a commercial-vehicle dealer's customers, orders, behaviour, notes and interviews. */
export type * from './types';
export { generateDemo, generateDemoFrom, demoWindowStart, DEMO_WINDOW_DAYS } from './generate-demo';
export { generateDemoInterviews, DEMO_INTERVIEW_COUNT } from './demo-interviews';
export { HIGH_INTENT_VIEW_SECONDS } from './demo-summary';
export { VEHICLES, MAINTENANCE, REPAIRS, PARTS } from './product-catalog';
