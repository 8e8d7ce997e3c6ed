import { describe, expect, it } from 'vitest';
import type { Page, Request, Route } from 'playwright-core';
import { useBrowserStack } from './harness';
import { loginToWorkspace, newPage, seriousViolations } from './web-flows';
import { WAIT } from './waits';

/**
 * Issue 14, defects 2 and 3: pausing keeps what the store has taken (only parts not yet stored are
 * sent again, and the bar never falls below the stored bytes); the server keeps "my uploads", so an
 * unfinished upload shows, with its stored bytes, in another browser, and resumes there when the
 * same file is chosen again (name, size and SHA-256 of the first part); finished uploads wait there
 * to be submitted (the form shows the file's name) or discarded.
 */
const MiB = 1024 * 1024;

/** `size` bytes that start like an MP4, with `seed` mixed in so that each test's file is its own. */
function mp4Bytes(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size, seed % 251);
  Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.alloc(20)]).copy(bytes, 0);
  bytes.writeUInt32BE(seed >>> 0, 40);
  return bytes;
}

const partOf = (request: Request) => {
  const url = new URL(request.url());
  return request.method() === 'PUT' && url.searchParams.has('uploadId') ? Number(url.searchParams.get('partNumber')) : 0;
};
const isPartUrl = (url: URL) => url.searchParams.has('partNumber') && url.searchParams.has('uploadId');
const recordOf = (n: number) => new RegExp(`/w/uploads/api/[^/]+/parts/${n}$`);

async function openUploads(page: Page, web: string): Promise<void> {
  await page.goto(`${web}/w/uploads`);
  await expect.poll(() => page.locator('.uppy-Dashboard').count(), WAIT).toBe(1);
}

async function addFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.locator('input.uppy-Dashboard-input[type="file"]').first().setInputFiles({ name, mimeType: 'video/mp4', buffer });
}

/** The status bar's progress (0–100), or null while it shows none. */
async function progress(page: Page): Promise<number | null> {
  const bar = page.locator('.uppy-StatusBar [role="progressbar"]');
  if ((await bar.count()) === 0) return null;
  const value = await bar.getAttribute('aria-valuenow').catch(() => null);
  return value === null ? null : Number(value);
}

/** Hashing, creating and storing a 10 MiB part can take longer than Playwright's 30 s on a loaded machine. */
const SLOW = { timeout: WAIT.timeout };
const myUpload = (page: Page, name: string) => page.getByTestId('my-upload').filter({ hasText: name });

describe('uploads that keep their progress', () => {
  const stack = useBrowserStack();

  it('pausing keeps the stored parts (one whose PUT finished just before is kept too): resuming sends only the others, the bar never below them', async () => {
    const web = stack.webUrl;
    const { context, page } = await newPage(stack.browser);
    await loginToWorkspace(page, web, 'wang.teacher');
    await openUploads(page, web);
    const name = `暂停续传-${Date.now()}.mp4`;
    // 45 MiB: parts 1–4 of 10 MiB and a 5 MiB part 5. Before the pause parts 1 and 2 are stored
    // (part 2's record at the API still on its way when the pause comes); 3 and 4 are held in flight.
    let paused = false;
    const sent: { paused: boolean; part: number }[] = [];
    await context.route((url) => isPartUrl(url), async (route: Route) => {
      const part = partOf(route.request());
      if (!part) return route.continue();
      const before = paused;
      while (!paused && part > 2) await new Promise((r) => setTimeout(r, 100));
      try {
        if (!before && part > 2) return await route.abort();
        sent.push({ paused: before, part });
        // After the pause, slow enough to watch the bar and the time left.
        if (before) await new Promise((r) => setTimeout(r, 500));
        await route.continue();
      } catch {
        // Aborted by the pause.
      }
    });
    await page.route(recordOf(2), async (route: Route) => {
      while (!paused) await new Promise((r) => setTimeout(r, 100));
      await route.continue().catch(() => undefined);
    });
    const recorded1 = page.waitForResponse((r) => recordOf(1).test(r.url()) && r.request().method() === 'PUT', SLOW);
    const recording2 = page.waitForRequest((r) => recordOf(2).test(r.url()) && r.method() === 'PUT', SLOW);
    const recorded2 = page.waitForResponse((r) => recordOf(2).test(r.url()) && r.request().method() === 'PUT', SLOW);
    await addFile(page, name, mp4Bytes(45 * MiB, 1));
    await page.getByRole('button', { name: '上传 1 个文件' }).click();
    expect((await recorded1).status()).toBe(200);
    await recording2;

    await page.locator('.uppy-StatusBar [data-cy="togglePauseResume"]').click();
    paused = true;
    expect((await recorded2).status()).toBe(200);
    // Paused: the bar shows the two stored parts (20 of 45 MiB), not the parts that were in flight.
    await expect.poll(() => progress(page), WAIT).toBe(44);
    expect(sent).toEqual([{ paused: false, part: 1 }, { paused: false, part: 2 }]);

    const seen: number[] = [];
    let timeLeft = '';
    const watch = async () => {
      const value = await progress(page);
      if (value !== null) seen.push(value);
      const text = await page.locator('.uppy-StatusBar-additionalInfo').innerText().catch(() => '');
      if (/剩余/.test(text)) timeLeft = text;
      return myUpload(page, name).getAttribute('data-status').catch(() => null);
    };
    await page.locator('.uppy-StatusBar [data-cy="togglePauseResume"]').click();
    await expect.poll(watch, WAIT).toBe('completed');
    // Only the parts that were not stored went again, each once; the bar never fell below 44%.
    expect(sent.filter((s) => s.paused).map((s) => s.part).sort()).toEqual([3, 4, 5]);
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(44);
    // Time left, when the bar showed it, in Chinese words ("剩余 1 分 15 秒", never "1m 15s").
    if (timeLeft) expect(timeLeft).toMatch(/剩余 (\d+ 小时 )?(\d+ 分 ?)?(\d+ 秒)?/);
    expect(timeLeft).not.toMatch(/\d+[ms]\b/);
    await context.close();
  });

  it('an unfinished upload shows in another browser with its stored bytes and resumes there when the same file is chosen; then it waits to be submitted or discarded', async () => {
    const web = stack.webUrl;
    const name = `换浏览器续传-${Date.now()}.mp4`;
    const bytes = mp4Bytes(25 * MiB, 2);

    // First browser: part 1 is stored, the others never leave; then the person goes elsewhere.
    const first = await newPage(stack.browser);
    await loginToWorkspace(first.page, web, 'wang.teacher');
    await openUploads(first.page, web);
    // Held, not refused: a refused part would be retried and then fail the whole upload.
    let left = false;
    await first.context.route((url) => isPartUrl(url), async (route: Route) => {
      if (partOf(route.request()) <= 1) return route.continue();
      while (!left) await new Promise((r) => setTimeout(r, 100));
      await route.abort().catch(() => undefined);
    });
    const recorded = first.page.waitForResponse((r) => recordOf(1).test(r.url()) && r.request().method() === 'PUT', SLOW);
    await addFile(first.page, name, bytes);
    await first.page.getByRole('button', { name: '上传 1 个文件' }).click();
    expect((await recorded).status()).toBe(200);
    await first.page.goto(`${web}/w`);
    left = true;

    // Another browser (a new context: no Golden Retriever state), same account.
    const second = await newPage(stack.browser);
    await loginToWorkspace(second.page, web, 'wang.teacher');
    await openUploads(second.page, web);
    const row = myUpload(second.page, name);
    expect(await row.getAttribute('data-status')).toBe('uploading');
    expect(await row.getByTestId('stored').innerText()).toBe('10 MB / 25 MB（40%）');
    expect(await row.innerText()).toContain('未传完');

    const puts: number[] = [];
    const creates: string[] = [];
    second.page.on('request', (r) => {
      if (partOf(r)) puts.push(partOf(r));
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/w/uploads/api') creates.push(r.url());
    });
    await addFile(second.page, name, bytes);
    await second.page.getByRole('button', { name: '上传 1 个文件' }).click();
    await expect.poll(() => second.page.getByTestId('upload-message').first().innerText(), WAIT).toContain(`${name}：找到这个文件没传完的上传（已传 10 MB）`);
    await expect.poll(() => row.getAttribute('data-status'), WAIT).toBe('completed');
    expect(creates).toEqual([]);
    expect([...puts].sort()).toEqual([2, 3]);
    expect(await row.innerText()).toContain('待提交');
    expect(await seriousViolations(second.page), 'uploads page with my uploads').toEqual([]);

    // The library form names the file, not the upload id.
    await row.getByTestId('to-library').click();
    await second.page.waitForURL(/\/w\/resources\/new\?/);
    expect(await second.page.getByTestId('resource-file').innerText()).toBe(`文件：${name}（25 MB）`);

    // Not submitted after all: discarded, with a confirmation step.
    await openUploads(second.page, web);
    await myUpload(second.page, name).getByTestId('discard').click();
    await expect.poll(() => second.page.getByTestId('confirm-discard').count(), WAIT).toBe(1);
    expect(await second.page.getByRole('alert').filter({ hasText: name }).innerText()).toContain(`删除“${name}”？`);
    await second.page.getByTestId('confirm-discard').click();
    await expect.poll(() => second.page.getByTestId('upload-discarded').count(), WAIT).toBe(1);
    expect(await myUpload(second.page, name).count()).toBe(0);
    // Gone for the first browser too.
    await openUploads(first.page, web);
    expect(await myUpload(first.page, name).count()).toBe(0);
    await first.context.close();
    await second.context.close();
  });
});
