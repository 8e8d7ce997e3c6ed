import { describe, expect, it } from 'vitest';
import { demoGroupReport, memberCode } from '../../../dev/demo-reports';
import { isNumericField, sectionOfPath } from './form-declaration';
import { draftSchema } from './form-schema';
import { GBT4754_SECTIONS, SECTION_OF_DIVISION } from './gbt4754';
import { GROUP_ANNUAL_FORM as form } from './group-annual-form';
import { validateReport } from './validate';

describe('group annual form declaration', () => {
  it('declares every field once, in a known section, with zh and en labels', () => {
    const keys = form.fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    const sections = new Set(form.sections.map((s) => s.id));
    for (const f of form.fields) {
      expect(sections.has(f.section), f.key).toBe(true);
      expect(f.label.zh.length).toBeGreaterThan(1);
      expect(f.label.en.length).toBeGreaterThan(1);
    }
    expect(sections.has(form.table.section)).toBe(true);
  });

  it('gives money in 万元, people in 人 and shares in % (seed 002)', () => {
    const unit = (k: string) => form.fields.find((f) => f.key === k)?.unit;
    expect(unit('enterpriseAssets')).toBe('万元');
    expect(unit('employees')).toBe('人');
    expect(unit('aboveScaleShare')).toBe('%');
    expect(unit('employmentRate')).toBe('%');
    expect(form.fields.filter(isNumericField).length).toBeGreaterThanOrEqual(27);
  });

  it('carries the GB/T 4754-2011 sections and divisions', () => {
    expect(GBT4754_SECTIONS).toHaveLength(20);
    expect(SECTION_OF_DIVISION.size).toBe(96);
    expect(SECTION_OF_DIVISION.get('54')).toBe('G');
  });

  it('maps field paths to sections', () => {
    expect(sectionOfPath(form, 'members.3.code')).toBe('members');
    expect(sectionOfPath(form, 'graduates')).toBe('students');
  });
});

describe('report validation', () => {
  it('accepts a complete report', () => {
    const r = validateReport(form, demoGroupReport(4, '测试集团'));
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('reports required, negative, integer, percentage and checksum errors by path and section', () => {
    const data = demoGroupReport(4, '测试集团');
    data.groupName = '';
    data.enterpriseAssets = -1;
    data.graduates = 10.5;
    data.employmentRate = 101;
    data.enrolment = null;
    const members = data.members as Record<string, unknown>[];
    members[1] = { ...members[1], code: `${memberCode(1).slice(0, 17)}${memberCode(1).endsWith('0') ? '1' : '0'}` };
    const r = validateReport(form, data);
    expect(r.ok).toBe(false);
    expect(r.fields.groupName).toContain('report.required');
    expect(r.fields.enterpriseAssets).toContain('report.not_negative');
    expect(r.fields.graduates).toContain('report.integer');
    expect(r.fields.employmentRate).toContain('report.percent_range');
    expect(r.fields.enrolment).toEqual(['report.required']);
    expect(r.fields['members.1.code']).toEqual(['code.checksum']);
    expect(r.bySection.basic?.map((i) => i.path)).toEqual(['groupName']);
    expect(r.bySection.members?.[0]?.path).toBe('members.1.code');
    expect(Object.keys(r.bySection)).toEqual(['basic', 'enterprise', 'members', 'students']);
  });

  it('applies the cross-field rules', () => {
    const data = demoGroupReport(4, '测试集团');
    data.employedInGroup = (data.graduates as number) + 1;
    data.registered = true;
    data.legalPersonType = 'none';
    data.industrySections = ['C'];
    data.industryDivisions = ['34', '54'];
    const members = data.members as Record<string, unknown>[];
    members[2] = { ...members[2], code: members[0]?.code };
    for (const m of members) m.isLead = false;
    const r = validateReport(form, data);
    expect(r.fields.employedInGroup).toEqual(['report.employed_above_graduates']);
    expect(r.fields.legalPersonType).toEqual(['report.legal_person_required']);
    expect(r.fields['industryDivisions.1']).toEqual(['report.division_outside_sections']);
    expect(r.fields['members.2.code']).toEqual(['report.code_duplicate']);
    expect(r.fields.members).toEqual(['report.lead_member_required']);
  });

  it('requires industries and at least one member', () => {
    const data = { ...demoGroupReport(1, '测试集团'), industrySections: [], members: [] };
    const r = validateReport(form, data);
    expect(r.fields.industrySections).toEqual(['report.industries_required']);
    expect(r.fields.members).toEqual(['report.members_required']);
  });

  it('lets a half-filled draft save but keeps types', () => {
    const draft = draftSchema(form);
    expect(draft.safeParse({ groupName: '半成品', graduates: null }).success).toBe(true);
    expect(draft.safeParse({ graduates: 'many' }).success).toBe(false);
  });
});
