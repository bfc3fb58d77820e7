import type { Lang } from '../i18n/lang.ts';

/** The group-tour interface strings (kept beside the feature; typed so a missing translation fails). */
const TOUR_STRINGS = {
  groupTour: { zh: '团队导览', en: 'Group tour' },
  needsServer: {
    zh: '团队导览需要导览服务器；展馆可独自参观。',
    en: 'Group tours need the tour server; the hall works on its own.',
  },
  checking: { zh: '正在查找导览服务器…', en: 'Looking for the tour server…' },
  joinTitle: { zh: '加入团队', en: 'Join a group' },
  roomCode: { zh: '团队代码', en: 'Group code' },
  yourName: { zh: '显示名称', en: 'Display name' },
  join: { zh: '加入', en: 'Join' },
  leadTitle: { zh: '带领团队', en: 'Lead a group' },
  docentCode: { zh: '讲解员口令', en: 'Docent code' },
  lead: { zh: '开始带团', en: 'Lead a group' },
  connecting: { zh: '正在连接…', en: 'Connecting…' },
  reconnecting: { zh: '连接中断，正在重新连接…', en: 'Connection lost, reconnecting…' },
  wrongCode: { zh: '没有这个团队代码。', en: 'No group has that code.' },
  wrongDocentCode: { zh: '讲解员口令不正确。', en: 'That docent code is not right.' },
  full: { zh: '这个团队已满。', en: 'This group is full.' },
  tooMany: { zh: '尝试次数过多，请一分钟后再试。', en: 'Too many attempts; try again in a minute.' },
  dropped: { zh: '已与团队断开。', en: 'You were disconnected from the group.' },
  failed: { zh: '无法连接导览服务器。', en: 'Could not reach the tour server.' },
  shareCode: { zh: '请访客扫描二维码或输入代码', en: 'Visitors scan the QR code or type the code' },
  gatherHere: { zh: '到这里集合', en: 'Gather here' },
  following: { zh: '跟随讲解员中', en: 'Following the guide' },
  roaming: { zh: '自由参观中', en: 'Roaming on your own' },
  leaveGroup: { zh: '离开团队自由参观', en: 'Roam on my own' },
  rejoinGroup: { zh: '重新跟随', en: 'Follow again' },
  leaveTour: { zh: '退出导览', en: 'Leave the tour' },
  endTour: { zh: '结束导览', en: 'End the tour' },
  members: { zh: '成员', en: 'Members' },
  followsYou: { zh: '跟随', en: 'follows' },
  roams: { zh: '自由', en: 'roams' },
  offline: { zh: '离线', en: 'offline' },
  guide: { zh: '讲解员', en: 'Guide' },
  docentAway: { zh: '讲解员连接中断，请稍候。', en: 'The guide lost connection; please wait.' },
  docentGone: { zh: '讲解员已离开，您可以自由参观。', en: 'The guide has left; explore freely.' },
  ended: { zh: '导览已结束。', en: 'The tour has ended.' },
  visitorN: { zh: '访客', en: 'Visitor' },
  screen: { zh: '大屏', en: 'Screen' },
  screens: { zh: '跟随的大屏', en: 'Screens following' },
  screenFollows: { zh: '本屏正在跟随团队导览', en: 'This screen follows a group tour' },
} satisfies Record<string, Record<Lang, string>>;

export type TourStringKey = keyof typeof TOUR_STRINGS;

export function tt(key: TourStringKey, lang: Lang): string {
  return TOUR_STRINGS[key][lang];
}
