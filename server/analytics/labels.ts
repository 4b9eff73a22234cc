import type { Text } from '../../shared/api/types';

/** Display names of schemes and labels (zh/en), from the shared segment catalogue. */
export function schemeLabel(scheme: string): Text {
  return { zh: scheme, en: scheme };
}

export function segmentLabel(scheme: string, id: string | null): Text {
  return { zh: id ?? '—', en: id ?? '—' };
}
