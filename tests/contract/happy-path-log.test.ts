import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { missingHappyPaths, readHappyPaths, recordHappyPath } from './happy-path-log';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('happy path log', () => {
  it('collects the recorded ids and lists the non-local routes never recorded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-log-'));
    dirs.push(dir);
    recordHappyPath(dir, 'orgs.get');
    recordHappyPath(dir, 'orgs.get');
    recordHappyPath(dir, 'auth.me');
    const checked = readHappyPaths(dir);
    expect([...checked].sort()).toEqual(['auth.me', 'orgs.get']);
    const routes = [{ id: 'orgs.get' }, { id: 'auth.me' }, { id: 'orgs.create' }, { id: 'dev.sms', localOnly: true }];
    expect(missingHappyPaths(routes, checked)).toEqual(['orgs.create']);
  });
});
