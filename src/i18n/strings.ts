import type { Lang } from './lang.ts';

/**
 * Interface strings. Booth and entrance text lives in the exhibition JSON; these are the few words
 * of the app itself, typed so a missing translation fails to compile.
 */
const STRINGS = {
  loadingContent: { zh: '正在载入展览内容', en: 'Loading exhibition content' },
  loadingFonts: { zh: '正在载入字体', en: 'Loading fonts' },
  loadingScene: { zh: '正在布置展馆', en: 'Setting up the hall' },
  directory: { zh: '展位目录', en: 'Directory' },
  searchPlaceholder: { zh: '搜索展位或机构', en: 'Search booths or organizations' },
  noMatches: { zh: '没有匹配的展位', en: 'No matching booth' },
  close: { zh: '关闭', en: 'Close' },
  previous: { zh: '上一个', en: 'Previous' },
  next: { zh: '下一个', en: 'Next' },
  keyFigures: { zh: '关键数据', en: 'Key figures' },
  technologies: { zh: '应用技术', en: 'Technologies' },
  organizations: { zh: '机构', en: 'Organizations' },
  sourceRef: { zh: '出处', en: 'Source' },
  page: { zh: '页', en: 'page' },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: '切换到英文', en: 'Switch to Chinese' },
  textView: { zh: '文字版', en: 'Text view' },
  backToHall: { zh: '返回展馆', en: 'Back to the hall' },
  entrance: { zh: '入口', en: 'Entrance' },
  floorPlan: { zh: '平面图', en: 'Floor plan' },
  youAreHere: { zh: '您在这里', en: 'You are here' },
  lockPointer: { zh: '鼠标视角', en: 'Mouse look' },
  menu: { zh: '更多', en: 'More' },
  helpDesktop: {
    zh: 'WASD / 方向键行走 · 拖动环顾 · 点击展位前往',
    en: 'WASD / arrows to walk · drag to look · click a booth to go there',
  },
  helpTouch: {
    zh: '摇杆行走 · 拖动环顾 · 点按展位前往',
    en: 'Joystick to walk · drag to look · tap a booth',
  },
  unknownBooth: {
    zh: '找不到这个展位，已为您打开展馆。',
    en: 'That booth does not exist; here is the hall instead.',
  },
  errorTitle: { zh: '展览暂时无法打开', en: 'The exhibition cannot open right now' },
  errorVisitor: {
    zh: '请稍后再试，或联系现场工作人员。',
    en: 'Please try again later or ask a member of staff.',
  },
  errorCurator: { zh: '给内容编辑的详细信息', en: 'Details for the content editor' },
  retry: { zh: '重试', en: 'Try again' },
  noWebgl: {
    zh: '此设备无法显示三维展馆（不支持 WebGL），以下为完整的文字版展览。',
    en: 'This device cannot show the 3D hall (no WebGL). Here is the whole exhibition as text.',
  },
  timeline: { zh: '政策与大事记', en: 'Policy timeline' },
  sixTechnologies: { zh: '元宇宙六大技术', en: 'The six technologies' },
  industryChain: { zh: '六层产业链', en: 'Six-layer industry chain' },
  comverse: { zh: '复合宇宙', en: 'The Comverse' },
  measures: { zh: '六项推进措施', en: 'Six measures' },
  sectors: { zh: '行业', en: 'Sectors' },
  booths: { zh: '展位', en: 'booths' },
  tour: { zh: '导览', en: 'Tour' },
  pause: { zh: '暂停', en: 'Pause' },
  play: { zh: '继续', en: 'Play' },
  endTour: { zh: '结束导览', en: 'End tour' },
  returningToTour: { zh: '{s} 秒后返回自动导览', en: 'Returning to the tour in {s} s' },
  touchToStay: { zh: '触摸屏幕继续参观', en: 'Touch the screen to stay' },
  restoringDisplay: { zh: '正在恢复显示…', en: 'Restoring the display…' },
  enterVR: { zh: '进入 VR', en: 'Enter VR' },
  enteringVR: { zh: '正在进入 VR…', en: 'Entering VR…' },
  vr_insecure: { zh: 'VR 需要 HTTPS 连接', en: 'VR needs an HTTPS connection' },
  'vr_no-webxr': { zh: 'VR：请用头显浏览器打开', en: 'VR: open this page in a headset browser' },
  'vr_no-immersive-vr': { zh: 'VR：未检测到头显', en: 'VR: no headset found' },
  vr_error: { zh: 'VR 暂不可用', en: 'VR is not available right now' },
  vrFailed: { zh: '无法进入 VR，请重试。', en: 'Could not start VR. Please try again.' },
  // Mixed reality: the hall as a tabletop model (src/controls/xr/ar/).
  enterAR: { zh: '桌面模型 AR', en: 'Tabletop AR' },
  enteringAR: { zh: '正在进入 AR…', en: 'Entering AR…' },
  ar_insecure: { zh: 'AR 需要 HTTPS 连接', en: 'AR needs an HTTPS connection' },
  'ar_no-webxr': {
    zh: 'AR：请用头显或手机浏览器打开',
    en: 'AR: open this page in a headset or phone browser',
  },
  'ar_no-immersive-ar': { zh: 'AR：此设备不支持透视', en: 'AR: this device has no passthrough' },
  ar_error: { zh: 'AR 暂不可用', en: 'AR is not available right now' },
  arFailed: { zh: '无法进入 AR，请重试。', en: 'Could not start AR. Please try again.' },
  stepInside: { zh: '走进展馆', en: 'Step inside' },
  backToTable: { zh: '回到桌面模型', en: 'Back to the table' },
  // The phone's DOM bar over the AR view (src/ui/ARPhoneBar.tsx).
  exitAR: { zh: '退出 AR', en: 'Exit AR' },
  placeAgain: { zh: '重新放置', en: 'Place again' },
  arFindTable: { zh: '对准桌面，轻触放置模型', en: 'Point at a table, tap to place the model' },
  arTapBooth: { zh: '轻触展位查看详情', en: 'Tap a booth for its details' },
  skipToContent: { zh: '跳到文字版内容', en: 'Skip to text content' },
  // Operator page: visit statistics behind the PIN (src/ui/operator/).
  operatorTitle: { zh: '参观统计', en: 'Visit statistics' },
  operatorPinPrompt: { zh: '请输入管理员密码', en: 'Enter the operator PIN' },
  operatorPinEntered_one: { zh: '已输入 {n} 位数字', en: '{n} digit entered' },
  operatorPinEntered_other: { zh: '已输入 {n} 位数字', en: '{n} digits entered' },
  operatorPinDelete: { zh: '删除一位', en: 'Delete one digit' },
  operatorPinOk: { zh: '确定', en: 'OK' },
  operatorPinWrong_one: {
    zh: '密码不正确，还可以再试 {n} 次。',
    en: 'That PIN is not right. {n} try left.',
  },
  operatorPinWrong_other: {
    zh: '密码不正确，还可以再试 {n} 次。',
    en: 'That PIN is not right. {n} tries left.',
  },
  operatorPinLocked: {
    zh: '错误次数过多，请在 {s} 秒后再试。',
    en: 'Too many wrong tries. Please try again in {s} s.',
  },
  operatorPrivacy: {
    zh: '本设备只保存按展位和日期汇总的参观次数与停留时间，不记录任何个人信息，也不会发送到任何地方。',
    en: 'Only visit counts and dwell times per booth and day are kept, on this device. No personal data is recorded and nothing is sent anywhere.',
  },
  operatorLoading: { zh: '正在读取统计数据…', en: 'Reading the statistics…' },
  operatorLoadError: { zh: '无法读取统计数据。', en: 'The statistics could not be read.' },
  operatorEmpty: { zh: '还没有参观记录。', en: 'No visits recorded yet.' },
  operatorPeriod: { zh: '日期范围', en: 'Period' },
  operatorAllDays: { zh: '全部日期', en: 'All days' },
  operatorSummary_one: {
    zh: '共 {visits} 次参观，总停留 {dwell}',
    en: '{visits} visit, {dwell} in total',
  },
  operatorSummary_other: {
    zh: '共 {visits} 次参观，总停留 {dwell}',
    en: '{visits} visits, {dwell} in total',
  },
  operatorBoothNumber: { zh: '编号', en: 'No.' },
  operatorBooth: { zh: '展位', en: 'Booth' },
  operatorVisits: { zh: '参观次数', en: 'Visits' },
  operatorTotalDwell: { zh: '总停留时间', en: 'Total dwell' },
  operatorAverageDwell: { zh: '平均停留时间', en: 'Average dwell' },
  operatorRemovedBooth: { zh: '（已不在展览中）', en: '(no longer in the exhibition)' },
  operatorDaily: { zh: '每日计数', en: 'Daily counters' },
  operatorDate: { zh: '日期', en: 'Date' },
  operatorSessions: { zh: '启动次数', en: 'Kiosk starts' },
  operatorTourInterruptions: { zh: '导览被打断', en: 'Tour interruptions' },
  operatorIdleResets: { zh: '无人操作重置', en: 'Idle resets' },
  operatorExportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  operatorExportDailyCsv: { zh: '导出每日计数 CSV', en: 'Export daily counters (CSV)' },
  operatorClear: { zh: '清除统计数据', en: 'Clear statistics' },
  operatorClearConfirm: {
    zh: '确定要删除本设备上的全部统计数据吗？此操作无法撤销。',
    en: 'Delete all statistics on this device? This cannot be undone.',
  },
  operatorClearYes: { zh: '全部删除', en: 'Delete all' },
  operatorCancel: { zh: '取消', en: 'Cancel' },
  operatorCleared: { zh: '统计数据已清除。', en: 'The statistics have been cleared.' },
  operatorDurationHM: { zh: '{h} 小时 {m} 分', en: '{h} h {m} min' },
  operatorDurationMS: { zh: '{m} 分 {s} 秒', en: '{m} min {s} s' },
  operatorDurationS: { zh: '{s} 秒', en: '{s} s' },
  // A broken content update on a kiosk (src/kiosk/lastGoodExhibition.ts).
  refusedUpdateNotice: {
    zh: '内容更新有误，仍显示上一版展览',
    en: 'Content update refused: showing the last good exhibition',
  },
  operatorRefusedTitle: { zh: '内容更新被拒绝', en: 'A content update was refused' },
  operatorRefusedIntro: {
    zh: '服务器上的展览文件有误，本机继续显示 {date} 载入的上一版。给内容编辑的详细信息：',
    en: 'The exhibition file on the server has errors; this kiosk keeps showing the last good version (loaded {date}). For the curator:',
  },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

type PluralBase = { [K in StringKey]: K extends `${infer B}_other` ? B : never }[StringKey];

/** The form of `base` for the count `n` in `lang` (CLDR plural rules: "1 visit", "2 visits", "1 次"). */
export function tPlural(base: PluralBase, n: number, lang: Lang): string {
  const category = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en').select(n);
  const key = `${base}_${category === 'one' ? 'one' : 'other'}` as StringKey;
  return (STRINGS[key] ?? STRINGS[`${base}_other`])[lang];
}

/** Every UI string in both languages (the font subset must cover them). */
export function allUiStrings(): string[] {
  return Object.values(STRINGS).flatMap((s) => [s.zh, s.en]);
}
