import { Composer } from 'grammy';
import type { BotContext } from '../context';

/** The guided interview (generated from the interview template); filled in once the template exists. */
export const interviewFeature = new Composer<BotContext>();
