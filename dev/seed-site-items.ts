import type { Org } from '@trellis/shared/orgs/org';
import { summarize } from '@trellis/shared/site-items/placements';
import type { SiteItemKind, SiteItemView } from '@trellis/shared/site-items/schemas';
import { getSiteItem } from '../functions/src/adapters/dynamodb/site-item/site-item-store';
import { orgRef, save } from '../functions/src/site-items/scope';
import { decideOwn, recommend, review, type Step } from '../functions/src/site-items/transitions';

/** Demo news and notices: written at an org, approved there, and republished up the chain as far as `upTo` levels. */
const DEMO_ITEMS: { org: string; kind: SiteItemKind; title: string; body: string; upTo: number }[] = [
  { org: 'sd-jn-xxgc', kind: 'news', title: '济南信息工程学校举办第十届职业技能节', upTo: 3, body: '<p>11月20日，学校第十届职业技能节开幕，来自12个专业的800余名学生参加了数控加工、网络布线、电子商务等28个项目的比赛。</p><p>技能节期间，合作企业现场设立了招聘与实习咨询点。</p>' },
  { org: 'sd-jn-xxgc', kind: 'notice', title: '关于2026年春季学期教师企业实践报名的通知', upTo: 0, body: '<p>各专业部：请于12月15日前报送参加企业实践的教师名单。</p>' },
  { org: 'sd-jn', kind: 'news', title: '济南市召开职业院校教学改革推进会', upTo: 1, body: '<p>会议总结了本年度教学改革工作，部署了明年的重点任务。</p>' },
  { org: 'sd', kind: 'notice', title: '关于开展2026年度全省职业教育教学成果评选的通知', upTo: 0, body: '<p>各市职业教育学会、各有关院校：现启动2026年度教学成果评选，申报截止日期为2026年3月31日。</p>' },
  { org: 'cvea', kind: 'news', title: '中国职业技术教育学会2026年学术年会在京召开', upTo: 0, body: '<p>年会以“产教融合与职业教育高质量发展”为主题，来自全国的600余名代表参加。</p>' },
];

/** Seeds the demo items through the same transitions and writes the API uses. */
export async function seedSiteItems(orgs: Map<string, Org>, accounts: Map<string, { id: string; displayName: string }>): Promise<void> {
  const admin = (org: Org) => [...accounts.entries()].find(([name]) => name === adminOf(org.id))?.[1] ?? { id: 'seed', displayName: '管理员' };
  for (const [i, d] of DEMO_ITEMS.entries()) {
    const org = orgs.get(d.org);
    if (!org) continue;
    const at = new Date(Date.now() - (DEMO_ITEMS.length - i) * 3_600_000).toISOString();
    const step = (o: Org): Step => ({ by: admin(o).id, byName: admin(o).displayName, org: orgRef(o), at });
    const bodyHtml = d.body;
    let item: SiteItemView = {
      id: `si-demo-${i + 1}`, kind: d.kind, title: d.title, bodyHtml, summary: summarize(bodyHtml), imageIds: [], origin: orgRef(org),
      authorId: admin(org).id, authorName: admin(org).displayName, status: 'pending', placements: [], takedown: null,
      trail: [{ at, by: admin(org).id, byName: admin(org).displayName, orgId: org.id, orgName: org.name, action: 'submitted', reason: null }],
      createdAt: at, updatedAt: at, version: 1,
    };
    if (await getSiteItem(item.id)) continue;
    await save(null, item);
    let next = decideOwn(item, step(org), 'approve', '');
    await save(item, next);
    let here = org;
    for (let level = 0; level < d.upTo && here.parentId; level++) {
      const parent = orgs.get(here.parentId);
      if (!parent) break;
      item = next;
      next = recommend(item, step(here), orgRef(parent), '');
      await save(item, next);
      item = next;
      next = review(item, step(parent), 'publish', '');
      await save(item, next);
      here = parent;
    }
  }
}

const ADMINS: Record<string, string> = { cvea: 'admin', sd: 'sd.admin', 'sd-jn': 'jn.admin', 'sd-jn-xxgc': 'jnxx.admin' };
const adminOf = (orgId: string) => ADMINS[orgId] ?? '';
