// The demo district: 赣州市章贡区 and departments a real district has.
// 章贡区财政局's contact details are those printed in its published 2020
// report; the other departments' addresses, telephones and e-mail addresses
// are invented for the demonstration and use the reserved example domain.

export const DEMO_DISTRICT = {
  code: 'zhanggong',
  name: '章贡区',
  fullName: '赣州市章贡区',
  governmentName: '章贡区人民政府',
  portalName: '章贡区人民政府网站',
  // 先审后发: each department's reviewer signs its reports off before the district reviews them.
  signOffRequired: true,
} as const;

export interface DemoDepartment {
  slug: string;
  name: string;
  shortName: string;
  address: string;
  phone: string;
  email: string;
}

const d = (slug: string, name: string, address: string, phone: string): DemoDepartment => ({
  slug,
  name: `章贡区${name}`,
  shortName: `区${name}`,
  address,
  phone,
  email: `${slug}@zhanggong.example.gov.cn`,
});

export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  d('government-office', '人民政府办公室', '章贡区长征大道1号', '0797-8100101'),
  {
    slug: 'finance',
    name: '章贡区财政局',
    shortName: '区财政局',
    address: '章贡区客家大道19号',
    phone: '0797-8195855',
    email: 'gzzgcz@163.com',
  },
  d('education', '教育局', '章贡区文清路26号', '0797-8100203'),
  d('health', '卫生健康委员会', '章贡区红旗大道37号', '0797-8100305'),
  d('civil-affairs', '民政局', '章贡区长征大道1号', '0797-8100407'),
  d('human-resources', '人力资源和社会保障局', '章贡区兴国路64号', '0797-8100509'),
  d('housing', '住房和城乡建设局', '章贡区章江南大道18号', '0797-8100611'),
  d('market-regulation', '市场监督管理局', '章贡区新赣州大道9号', '0797-8100713'),
  d('justice', '司法局', '章贡区长征大道1号', '0797-8100815'),
  d('transport', '交通运输局', '章贡区南康路4号', '0797-8100917'),
  d('agriculture', '农业农村局', '章贡区水南镇腊长路2号', '0797-8101019'),
  d('emergency', '应急管理局', '章贡区长征大道1号', '0797-8101121'),
  d('audit', '审计局', '章贡区长征大道1号', '0797-8101223'),
  d('statistics', '统计局', '章贡区长征大道1号', '0797-8101325'),
  d('development-reform', '发展和改革委员会', '章贡区长征大道1号', '0797-8101427'),
  d('commerce', '商务局', '章贡区长征大道1号', '0797-8101529'),
  d('medical-security', '医疗保障局', '章贡区青年路15号', '0797-8101631'),
  d('veterans-affairs', '退役军人事务局', '章贡区八一四大道22号', '0797-8101733'),
  d('urban-management', '城市管理局', '章贡区厚德路11号', '0797-8101835'),
  d('water-resources', '水利局', '章贡区长征大道1号', '0797-8101937'),
  d('culture-tourism', '文化广电新闻出版旅游局', '章贡区赣江源大道5号', '0797-8102039'),
  d('science-technology', '科学技术局', '章贡区长征大道1号', '0797-8102141'),
];

/** The password of every demo account (printed at start and in the README). */
export const DEMO_PASSWORD = 'Zhanggong2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: 'EDITOR' | 'DEPARTMENT_REVIEWER' | 'APPROVER' | 'ADMIN';
  departmentSlug?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', role: 'ADMIN' },
  { username: 'approver1', displayName: '政务公开办 审核员一', role: 'APPROVER' },
  { username: 'approver2', displayName: '政务公开办 审核员二', role: 'APPROVER' },
  ...DEMO_DEPARTMENTS.flatMap((department): DemoAccount[] => [
    { username: `${department.slug}.editor`, displayName: `${department.shortName} 信息公开专员`, role: 'EDITOR', departmentSlug: department.slug },
    { username: `${department.slug}.reviewer`, displayName: `${department.shortName} 分管负责人`, role: 'DEPARTMENT_REVIEWER', departmentSlug: department.slug },
  ]),
];
