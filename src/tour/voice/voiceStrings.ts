import type { Lang } from '../../i18n/lang.ts';

/** The voice's interface strings (beside the feature; typed so a missing translation fails). */
const VOICE_STRINGS = {
  speak: { zh: '开始讲解', en: 'Speak to the group' },
  stopSpeaking: { zh: '停止讲解', en: 'Stop speaking' },
  reaches: { zh: '语音覆盖 {n}/{m} 位访客', en: 'Voice reaches {n} of {m} visitors' },
  p2pLimit: { zh: '（点对点上限）', en: ' (peer-to-peer limit)' },
  openQuestions: { zh: '开放提问', en: 'Open questions' },
  closeQuestions: { zh: '结束提问', en: 'Close questions' },
  questionsOpen: {
    zh: '讲解员已开放提问：按住“提问”说话。',
    en: 'The guide takes questions: hold “Ask a question” to talk.',
  },
  ask: { zh: '提问', en: 'Ask a question' },
  asking: { zh: '正在向讲解员说话…', en: 'Talking to the guide…' },
  hearing: { zh: '正在收听讲解员', en: 'You hear the guide' },
  tapToHear: { zh: '点击收听讲解', en: 'Tap to hear the guide' },
  denied: {
    zh: '麦克风权限被拒绝：请在浏览器的网站设置中允许麦克风。',
    en: "Microphone access was refused: allow the microphone in the browser's site settings.",
  },
  missing: { zh: '没有找到麦克风。', en: 'No microphone was found.' },
  failed: { zh: '无法打开麦克风。', en: 'The microphone could not be opened.' },
} satisfies Record<string, Record<Lang, string>>;

export type VoiceStringKey = keyof typeof VOICE_STRINGS;

export function vt(key: VoiceStringKey, lang: Lang, values: Record<string, number> = {}): string {
  return VOICE_STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
