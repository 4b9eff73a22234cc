import type { InterviewTemplate } from '../template-types';
import { basicSection } from './basic-section';
import { t } from './builders';
import { evaluationSection } from './evaluation-section';
import { interestsSection } from './interests-section';
import { mediaSection } from './media-section';
import { occupationSection } from './occupation-section';
import { purchaseSection } from './purchase-section';
import { vehicleUseSection } from './vehicle-use-section';

/**
 * The dealer's in-depth interview (客户深访) from seed 002, with the seven
 * sections of SPEC §6. Plain data: a deployment can replace it with its own
 * template; bump `version` whenever fields change, since stored interviews
 * keep the version they were filled with.
 */
export const DEFAULT_INTERVIEW_TEMPLATE: InterviewTemplate = {
  id: 'customer_interview',
  version: 1,
  title: t('客户深访', 'In-depth customer interview'),
  sections: [basicSection, occupationSection, interestsSection, mediaSection, purchaseSection, vehicleUseSection, evaluationSection],
  highlights: [
    { label: t('车辆用途', 'Vehicle use'), fields: ['vehicle_use.cargo_share', 'vehicle_use.passenger_share', 'vehicle_use.cargo_types',
      'vehicle_use.load_per_trip_t', 'vehicle_use.daily_km', 'vehicle_use.route_scope'] },
    { label: t('媒介习惯', 'Media habits'), fields: ['media.wechat_use', 'media.weibo_use', 'media.mobile_data_gb', 'media.radio_time'] },
    { label: t('购车原因', 'Why they bought'), fields: ['purchase.purchase_type', 'purchase.purchase_reasons', 'purchase.decisive_factors'] },
  ],
};
