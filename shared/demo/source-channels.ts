/**
 * How customers first came to the dealer (来源一级/二级/三级) and on which
 * platform, weighted roughly as a western-China commercial-vehicle dealer sees
 * it: walk-ins and referrals still dominate, online lead sites (留资) are the
 * fastest-growing share. Weights are per cent.
 */
import { weightedTable } from './weighted-table';
import type { DemoPlatform } from './types';

export interface SourceChannel {
  source: string;
  source_2?: string;
  source_3?: string;
  /** `[platform, share]` of the leads from this channel (shares sum to 1). */
  platforms: readonly (readonly [DemoPlatform, number])[];
  /** Online leads leave clicks before they call; walk-ins do not. */
  online: boolean;
}

const STORE = [['store', 1]] as const;
const WEB = [['mobile', 0.75], ['pc', 0.25]] as const;

export const SOURCE_CHANNELS = weightedTable<SourceChannel>([
  [{ source: '线下', source_2: '展厅自然到店', platforms: STORE, online: false }, 22],
  [{ source: '线下', source_2: '车展', source_3: '西部国际车展', platforms: STORE, online: false }, 4],
  [{ source: '线下', source_2: '地推', source_3: '物流园', platforms: STORE, online: false }, 5],
  [{ source: '线下', source_2: '地推', source_3: '建材市场', platforms: STORE, online: false }, 3],
  [{ source: '线上', source_2: '汽车之家', source_3: '留资', platforms: WEB, online: true }, 9],
  [{ source: '线上', source_2: '懂车帝', source_3: '留资', platforms: WEB, online: true }, 8],
  [{ source: '线上', source_2: '卡车之家', source_3: '询价', platforms: WEB, online: true }, 6],
  [{ source: '线上', source_2: '抖音', source_3: '直播间', platforms: [['mobile', 1]], online: true }, 7],
  [{ source: '线上', source_2: '微信', source_3: '公众号', platforms: [['mobile', 1]], online: true }, 4],
  [{ source: '线上', source_2: '官网', source_3: '在线咨询', platforms: WEB, online: true }, 2],
  [{ source: '转介绍', source_2: '老客户推荐', platforms: [['store', 0.6], ['mobile', 0.4]], online: false }, 17],
  [{ source: '转介绍', source_2: '改装厂推荐', platforms: STORE, online: false }, 3],
  [{ source: '电话', source_2: '400热线', platforms: [['mobile', 1]], online: false }, 6],
  [{ source: '大客户', source_2: '集采', source_3: '招标', platforms: STORE, online: false }, 4],
]);
