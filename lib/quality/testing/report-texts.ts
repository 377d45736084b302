// Report texts for the similarity tests: the real published 2020 report of
// 章贡区财政局 (prisma/seed/data), a report of another department written for
// these tests in the same official style (it shares the customary opening
// paragraph and the legal references, as real reports do), and the copies
// evaluators find: word for word, the year changed, a part rewritten.
import { zhanggongFinance2020 } from '@/prisma/seed/data/zhanggong-finance-2020';
import type { TextBlock } from '@/lib/report-format/content';

const join = (blocks: readonly TextBlock[] | undefined) => (blocks ?? []).map((block) => block.text).join('\n');
const { s1 = [], s5 = [] } = zhanggongFinance2020.sections;

/** The text sections of the real 2020 finance report, as published. */
export const FINANCE_2020 = {
  preamble: zhanggongFinance2020.preamble,
  s1: join(s1),
  s5: join(s5),
  s6: join(zhanggongFinance2020.sections.s6),
};

export const FINANCE_2020_TEXT = [FINANCE_2020.preamble, FINANCE_2020.s1, FINANCE_2020.s5, FINANCE_2020.s6].join('\n');

/** The same report two years later with only the years changed. */
export const FINANCE_2020_YEARS_CHANGED = FINANCE_2020_TEXT.replace(/20(19|20|21)(?=年|〕)/g, (_match, year: string) => `20${Number(year) + 2}`);

/** Written for these tests: a 2021 report of 章贡区卫生健康委员会 in the customary official style. */
export const HEALTH_2021_TEXT = [
  '本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求，由章贡区卫生健康委员会结合有关统计数据编制。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。本报告的电子版可在章贡区人民政府网站下载。如对本报告有任何疑问，请与章贡区卫生健康委员会办公室联系（电话：0797-8100161）。',
  '2021年，区卫生健康委员会围绕新冠肺炎疫情防控、基本公共卫生服务和医疗机构监管等群众关心的事项，把信息公开作为回应关切的重要途径，及时发布疫苗接种安排、核酸检测点位和就医指引。',
  '（一）主动公开情况',
  '全年在区政府网站卫生健康栏目发布信息236条，其中疫情防控信息118条，公共卫生服务项目信息42条，医疗机构和医师执业注册、校验信息31条，“双随机、一公开”抽查结果12条。通过“健康章贡”微信公众号推送健康科普文章95篇，累计阅读量逾十万人次。',
  '（二）依申请公开情况',
  '全年收到政府信息公开申请9件，主要涉及医疗纠纷处理、医疗机构设置审批和职业病诊断等事项，均在法定期限内答复。其中予以公开5件，部分公开1件，本机关不掌握相关政府信息3件。',
  '（三）政府信息管理',
  '落实信息发布前的保密审查，由科室负责人初审、分管领导复审，涉及个人隐私的医疗信息一律不予公开；对过时的防控指引及时标注失效。',
  '（四）平台建设情况',
  '在区政府网站开设“疫情防控”专题，集中发布通告、问答和就医指引；在各社区卫生服务中心设立公开查阅点，方便老年群众查阅。',
  '（五）监督保障',
  '将信息公开纳入委属医疗卫生单位年度目标考核，全年组织业务培训两次，未发生因信息公开引发的责任追究。',
  '一是部分基层医疗卫生机构的公开内容更新不及时；二是对专业性较强的卫生健康政策解读还不够通俗。下一步，我委将建立基层机构信息更新台账，每月通报；采用图解、短视频等形式解读政策，让群众看得懂、用得上。',
  '本年度未收取信息处理费。无其他需要报告的事项。',
].join('\n');

/**
 * A shorter text (五 and part of 一 of the finance report) and a near copy
 * of it: the first paragraph and the last two measures rewritten in other words,
 * the rest kept.
 */
export const FINANCE_EXCERPT = [
  s1[2]!.text,
  s1[5]!.text,
  FINANCE_2020.s5,
].join('\n');

export const FINANCE_EXCERPT_NEAR_COPY = [
  '2022年，我局在区委、区政府的领导下，把财政预决算、政府采购和惠民惠农补贴的公开作为重点，全年在区政府网站发布信息512篇，其中预决算信息64篇，政府采购信息203篇，工作动态245篇。',
  s1[5]!.text.replace('2020', '2022'),
  join(s5.slice(0, 3)).replace('2020', '2022'),
  '二是用好政务新媒体，推出财政政策图解和短视频，让群众看得懂、用得上。',
  '三是每季度组织一次业务培训，提高信息公开工作人员发现和处理问题的能力。',
].join('\n');
