/**
 * UI language: Simplified Chinese by default, English on request. The choice
 * is a signal-like value kept in localStorage; components read it with
 * `useLang()` and pick text with `tx()`.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Text } from '../../../shared/api/types';

export type Lang = 'zh' | 'en';
const KEY = 'huaxiang.lang';
const listeners = new Set<(l: Lang) => void>();

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    /* storage unavailable: default */
  }
  return 'zh';
}

let current: Lang = initialLang();

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    /* ignore */
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const l of listeners) l(lang);
}

/** The current language; re-renders the component when it changes. */
export function useLang(): Lang {
  const [lang, set] = useState<Lang>(current);
  useEffect(() => {
    listeners.add(set);
    return () => void listeners.delete(set);
  }, []);
  return lang;
}

/** Picks the text for a language (default: the current one). */
export function tx(text: Text | null | undefined, lang: Lang = current): string {
  if (!text) return '';
  return lang === 'en' ? text.en : text.zh;
}
