/**
 * One demo customer's static profile: a business owner in a south-western
 * city, with a name, a unique mobile number, the channel they came from, their
 * sales owner and (often) a field rep.
 */
import { BUSINESS_TYPES, TRADE_NAMES, type BusinessType } from './business-types';
import { chineseName, surnameOf } from './chinese-names';
import type { Draw } from './draw';
import { MOBILE_PREFIXES, mobileNumber, type PhoneKey } from './phone-numbers';
import { DEMO_PLACES } from './places';
import { SOURCE_CHANNELS } from './source-channels';
import type { DemoCustomer, DemoGender, DemoPlatform } from './types';
import { pickWeighted } from './weighted-table';

export interface ProfileContext {
  asOfYear: number;
  phoneKey: PhoneKey;
  sales: readonly string[];
  field: readonly string[];
}

/** `C-000001` for index 0: the app's own id format (SPEC §2), 6 digits, wider when needed. */
export function demoCustomerId(index: number): string {
  return `C-${String(index + 1).padStart(6, '0')}`;
}

/**
 * Age of a commercial-vehicle buyer: 85 % from a bell around 40 (sd 8),
 * 15 % uniform, clamped to 22–65 — most owners are 30–50.
 * Example: bell() = 0 → 40 years.
 */
function buyerAge(draw: Draw): number {
  const bell = Math.round(40 + 8 * draw.bell());
  const age = draw.chance(0.85) ? bell : draw.int(22, 65);
  return Math.min(65, Math.max(22, age));
}

/** Fleet size drawn log-uniformly in [min, max], so small fleets are common and big ones rare. */
function fleetSize(draw: Draw, [min, max]: readonly [number, number]): number {
  return Math.min(max, Math.floor(Math.exp(draw.real(Math.log(min), Math.log(max + 1)))));
}

function companyName(draw: Draw, business: BusinessType, city: string, name: string): string | undefined {
  if (draw.chance(business.companyShare)) return `${city}${draw.pick(TRADE_NAMES)}${business.companySuffix}`;
  // Sole traders: half trade under a shop name such as 张记建材店, half under their own name only.
  return draw.chance(0.5) ? `${surnameOf(name)}记${business.shopSuffix}` : undefined;
}

function email(draw: Draw, phone: string): string | undefined {
  if (!draw.chance(0.3)) return undefined;
  const r = draw.u();
  if (r < 0.6) return `${draw.int(10_000, 3_999_999_999)}@qq.com`;
  return r < 0.85 ? `${phone}@163.com` : `${phone}@139.com`;
}

function platformOf(draw: Draw, shares: readonly (readonly [DemoPlatform, number])[]): DemoPlatform {
  let r = draw.u();
  for (const [platform, share] of shares) {
    if (r < share) return platform;
    r -= share;
  }
  return shares[shares.length - 1]![0];
}

/**
 * Draws customer `index`'s profile. Gender: 86 % male (commercial-vehicle
 * buyers); 5 % buy for private use and carry no business attributes; field
 * reps look after 70 % of fleets of 3+ and 40 % of the rest (none when the
 * field list is empty). `fleet_size` is raised later to the vehicles bought.
 * Example: `demoCustomer(draw, 0, ctx).customer_id` → `'C-000001'`.
 */
export function demoCustomer(draw: Draw, index: number, ctx: ProfileContext): DemoCustomer {
  const gender: DemoGender = draw.chance(0.86) ? 'male' : 'female';
  const name = chineseName(draw.u, gender);
  const phone = mobileNumber(draw.pick(MOBILE_PREFIXES), index, ctx.phoneKey);
  const place = pickWeighted(DEMO_PLACES, draw.u());
  const channel = pickWeighted(SOURCE_CHANNELS, draw.u());
  const business = pickWeighted(BUSINESS_TYPES, draw.u());
  const privateBuyer = draw.chance(0.05);
  const fleet = privateBuyer ? 1 : fleetSize(draw, business.fleet);
  const company = privateBuyer ? undefined : companyName(draw, business, place.short, name);
  const mail = email(draw, phone);
  const fieldShare = fleet >= 3 ? 0.7 : 0.4;
  const assignedField = ctx.field.length > 0 && draw.chance(fieldShare) ? draw.pick(ctx.field) : null;
  const customer: DemoCustomer = {
    customer_id: demoCustomerId(index),
    name,
    phone,
    ...(mail ? { email: mail } : {}),
    gender,
    birth_year: ctx.asOfYear - buyerAge(draw),
    region: place.region,
    city: place.city,
    source: channel.source,
    ...(channel.source_2 ? { source_2: channel.source_2 } : {}),
    ...(channel.source_3 ? { source_3: channel.source_3 } : {}),
    platform: platformOf(draw, channel.platforms),
    owner: draw.pick(ctx.sales),
    assigned_field: assignedField,
    attributes: privateBuyer ? { fleet_size: 1 } : { ...(company ? { company } : {}), business_type: business.label, fleet_size: fleet },
  };
  return customer;
}

/** The vehicle keys this customer's business prefers (private buyers: pickups and minivans). */
export function preferredVehicles(customer: DemoCustomer): readonly string[] {
  const label = customer.attributes.business_type;
  if (!label) return ['p6', 'm1', 'p8'];
  for (const b of BUSINESS_TYPES.items) if (b.label === label) return b.vehicles;
  return ['k3'];
}
