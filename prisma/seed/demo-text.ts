// Text of the generated demonstration reports: plausible sentences a
// department writes, varied by a seeded random source. All of it is marked
// 演示数据 wherever it is shown.
import type { TextBlock } from '@/lib/report-format/content';

export type Random = () => number;

/** A deterministic random source (mulberry32) from a text seed. */
export function seededRandom(seed: string): Random {
  let state = 0;
  for (const char of seed) state = (Math.imul(state, 31) + char.codePointAt(0)!) | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
export const pick = <T,>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const FOCUS: Record<string, string> = {
  'government-office': '政务公开标准化规范化建设、政策解读和政务服务',
  finance: '财政预决算公开、政府采购和惠民惠农财政补贴',
  education: '招生入学、教育经费和学校安全',
  health: '医疗服务、疾病预防控制和卫生健康监督',
  'civil-affairs': '社会救助、养老服务和社会组织管理',
  'human-resources': '就业创业、社会保险和人事考试',
  housing: '保障性住房、建筑市场监管和城市更新',
  'market-regulation': '市场准入、食品药品安全和行政执法',
  justice: '公共法律服务、人民调解和普法宣传',
  transport: '交通建设、道路运输和公交出行',
  agriculture: '惠农补贴、农产品质量安全和乡村振兴',
  emergency: '安全生产、防灾减灾和应急救援',
  audit: '审计结果公开和审计整改',
  statistics: '统计数据发布和统计调查',
  'development-reform': '重大项目、价格管理和营商环境',
  commerce: '招商引资、商贸流通和对外贸易',
  'medical-security': '医保待遇、医药价格和医保基金监管',
  'veterans-affairs': '优抚安置、退役军人就业创业和褒扬纪念',
  'urban-management': '市容环境、城市管理执法和环境卫生',
  'water-resources': '水利工程、防汛抗旱和河湖管理',
  'culture-tourism': '公共文化服务、文物保护和文旅市场监管',
  'science-technology': '科技项目、科技创新平台和科普服务',
};

export interface TextFacts {
  year: number;
  departmentName: string;
  slug: string;
  portalName: string;
  published: number;
  received: number;
  carriedOver: number;
  processed: number;
  carriedForward: number;
  normativeIssued: number;
  feeYuan: number;
  newFormat: boolean;
}

function focus(slug: string): string {
  return FOCUS[slug] ?? '本部门职责范围内的重点工作';
}

export function sectionOne(random: Random, facts: TextFacts): TextBlock[] {
  const { year, departmentName, portalName } = facts;
  const dynamics = Math.round(facts.published * (0.55 + random() * 0.15));
  const notices = Math.round(facts.published * 0.2);
  const policies = Math.max(0, facts.published - dynamics - notices);
  const applications =
    facts.received + facts.carriedOver === 0
      ? `${year}年，本单位未收到政府信息公开申请。对公众关注的事项，能主动公开的均已主动公开。`
      : `${year}年，本单位新收政府信息公开申请${facts.received}件，上年结转${facts.carriedOver}件，办结${facts.processed}件，结转下年度继续办理${facts.carriedForward}件，均在法定期限内答复。`;
  return [
    {
      type: 'paragraph',
      text: `${year}年，${departmentName}认真贯彻落实《中华人民共和国政府信息公开条例》和上级关于政务公开工作的部署要求，围绕${focus(facts.slug)}等重点领域，持续深化政府信息公开工作，保障人民群众的知情权、参与权和监督权。`,
    },
    { type: 'heading', text: '（一）主动公开情况' },
    {
      type: 'paragraph',
      text: `全年通过${portalName}政府信息公开专栏和本单位政务新媒体主动公开政府信息${facts.published}条，其中工作动态${dynamics}条、通知公告${notices}条、政策文件及解读${policies}条。${facts.normativeIssued > 0 ? `制发${facts.newFormat ? '行政' : ''}规范性文件${facts.normativeIssued}件，均在规定时间内公开。` : ''}`,
    },
    { type: 'heading', text: '（二）依申请公开情况' },
    { type: 'paragraph', text: applications },
    { type: 'heading', text: '（三）政府信息管理' },
    {
      type: 'paragraph',
      text: pick(random, [
        '严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”，全年未发生泄密和不当公开事件。',
        '建立健全政府信息公开审查、发布和更新机制，定期对已公开信息进行清理，确保公开内容准确、完整、及时。',
        '按照“谁制作、谁公开，谁获取、谁公开”的原则，明确各股室信息公开职责，做好政府信息的动态更新。',
      ]),
    },
    { type: 'heading', text: '（四）平台建设情况' },
    {
      type: 'paragraph',
      text: pick(random, [
        `充分发挥${portalName}第一平台作用，优化政府信息公开专栏栏目设置，及时更新法定主动公开内容。`,
        '加强政务新媒体建设和管理，做到信息发布及时、解读回应有力，拓宽群众获取政府信息的渠道。',
        '依托政务服务大厅和公开查阅点，为群众查阅政府信息提供便利。',
      ]),
    },
    { type: 'heading', text: '（五）监督保障' },
    {
      type: 'paragraph',
      text: pick(random, [
        '将政务公开工作纳入年度工作考核，明确分管领导和专职信息员，定期开展业务培训，全年未发生因政府信息公开引发的责任追究。',
        '主动接受社会监督，畅通意见建议渠道，对群众反映的问题及时整改；全年开展政务公开培训2次。',
      ]),
    },
  ];
}

export function sectionFive(random: Random, facts: TextFacts): TextBlock[] {
  const problems = ['部分栏目信息更新不够及时', '政策解读形式还比较单一', '信息公开人员业务能力有待提高', '公开内容的深度和广度还需加强', '依申请公开答复规范化程度还需提升'];
  const measures = ['健全信息发布审核机制，确保信息及时更新', '丰富图解、视频等解读形式，提高政策解读质量', '加强业务培训，提升信息公开工作人员业务水平', '聚焦群众关切，扩大公开范围，提升公开实效', '严格执行依申请公开办理流程，规范答复文书'];
  const first = int(random, 0, problems.length - 1);
  const second = (first + int(random, 1, problems.length - 1)) % problems.length;
  return [
    {
      type: 'paragraph',
      text: `${facts.year}年，${facts.departmentName}政府信息公开工作取得了一定成效，但仍存在一些不足：一是${problems[first]}；二是${problems[second]}。`,
    },
    { type: 'paragraph', text: `下一步，我们将从以下方面加以改进：一是${measures[first]}；二是${measures[second]}。` },
  ];
}

export function sectionSix(facts: TextFacts): TextBlock[] {
  if (!facts.newFormat) return [{ type: 'paragraph', text: '无其他需要报告的事项。' }];
  return [
    {
      type: 'paragraph',
      text:
        // A fee is charged on an application: none without one (rule fee_consistency).
        facts.feeYuan > 0 && facts.received + facts.carriedOver > 0
          ? `本年度依据《政府信息公开信息处理费管理办法》收取信息处理费${facts.feeYuan}元。`
          : '本年度未收取信息处理费。无其他需要报告的事项。',
    },
  ];
}
