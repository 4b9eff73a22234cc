import { expect, test } from 'vitest';
import { taxonomyNames } from '../../../../shared/tags/index';
import { KNOWN_PLACE_NAMES, placeName } from '../../../../web/src/routes/card/tag-place-names';

/** The card's lookup must know every category and group of the default taxonomy, with the same English name as `GET /api/tags`. */
test('every category and group name of the default taxonomy has its English name on the card', () => {
  const server = taxonomyNames();
  expect(server.size).toBeGreaterThan(15);
  for (const [zh, text] of server) expect(placeName(zh), zh).toEqual(text);
  expect(KNOWN_PLACE_NAMES.size).toBe(server.size);
});

test('an unknown (custom) name is the same in both languages', () => {
  expect(placeName('门店活动')).toEqual({ zh: '门店活动', en: '门店活动' });
});
