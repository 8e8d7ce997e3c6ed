import { describe, expect, it } from 'vitest';
import type { Page, Request, Route } from 'playwright-core';
import { useBrowserStack } from './harness';
import { login, loginToWorkspace, newPage, seriousViolations, navTo } from './web-flows';
import { WAIT } from './waits';

/**
 * Story 2: teachers upload large videos straight to object storage (demo data: wang.teacher
 * teaches at 济南信息工程学校, sd-jn-xxgc). The browser PUTs 10 MiB parts to presigned s3rver
 * URLs and reports each to the app, which completes the upload after checking size and bytes.
 */
const MiB = 1024 * 1024;

/** `size` bytes that start like an MP4 (`ftyp` box, brand `isom`). */
function mp4Bytes(size: number): Buffer {
  const bytes = Buffer.alloc(size, 0x2a);
  Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.alloc(20)]).copy(bytes, 0);
  return bytes;
}

const isPartPut = (request: Request) => {
  const url = new URL(request.url());
  return request.method() === 'PUT' && url.searchParams.has('partNumber') && url.searchParams.has('uploadId');
};
const partNumberOf = (request: Request) => Number(new URL(request.url()).searchParams.get('partNumber'));

async function openUploads(page: Page, web: string): Promise<void> {
  await navTo(page, 'nav-uploads');
  await page.waitForURL(`${web}/w/uploads`);
  await expect.poll(() => page.locator('.uppy-Dashboard').count(), WAIT).toBe(1);
}

/** Gives a file to the Dashboard's file input (behind "添加更多文件" once the list shows files). */
async function addFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  const input = page.locator('input.uppy-Dashboard-input[type="file"]').first();
  if ((await input.count()) === 0) await page.getByRole('button', { name: '添加更多文件' }).click();
  await input.setInputFiles({ name, mimeType, buffer });
}

/** The Dashboard's status bar progress (0–100). */
async function progress(page: Page): Promise<number> {
  const bar = page.locator('.uppy-StatusBar [role="progressbar"]');
  if ((await bar.count()) === 0) return 0;
  return Number((await bar.getAttribute('aria-valuenow')) ?? 0);
}

/** Whether Golden Retriever has stored a file's bytes in IndexedDB (so a reload keeps them). */
function blobStored(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('uppy-blobs');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('files')) return resolve(false);
          const count = db.transaction('files', 'readonly').objectStore('files').count();
          count.onsuccess = () => resolve(count.result > 0);
          count.onerror = () => resolve(false);
        };
      }),
  );
}

function myUpload(page: Page, fileName: string) {
  return page.getByTestId('my-upload').filter({ hasText: fileName });
}

describe('direct uploads through the web', () => {
  const stack = useBrowserStack();

  it('wang.teacher uploads a 25 MiB video in parts, reloads half-way, and it resumes with only the missing parts (retrying a dropped one)', async () => {
    const web = stack.webUrl;
    const { context, page } = await newPage(stack.browser);
    await loginToWorkspace(page, web, 'wang.teacher');
    await openUploads(page, web);
    expect(await page.getByTestId('upload-org').innerText()).toBe('济南信息工程学校');
    expect(await page.getByRole('radio', { name: '视频' }).isChecked()).toBe(true);

    // Parts 2 and 3 are held on the way to storage until the reload, so the page is reloaded
    // with part 1 stored and recorded and the others not: a deterministic "mid-way".
    let holding = true;
    let generation = 0;
    const sent: { generation: number; part: number }[] = [];
    await context.route((url) => url.searchParams.has('partNumber') && url.searchParams.has('uploadId'), async (route: Route) => {
      const request = route.request();
      if (!isPartPut(request)) return route.continue();
      const mine = generation;
      while (holding && partNumberOf(request) > 1 && mine === generation) await new Promise((r) => setTimeout(r, 100));
      try {
        if (mine !== generation) return await route.abort();
        const part = partNumberOf(request);
        sent.push({ generation: mine, part });
        // After the reload, part 3's first attempt loses its connection: it is retried by itself.
        if (mine > 0 && part === 3 && sent.filter((x) => x.generation > 0 && x.part === 3).length === 1) return await route.abort('connectionreset');
        // Slow enough to watch the progress bar move after the reload.
        if (mine > 0) await new Promise((r) => setTimeout(r, 400));
        await route.continue();
      } catch {
        // The page that sent it is gone.
      }
    });

    const recorded = page.waitForResponse((r) => /\/w\/uploads\/api\/[^/]+\/parts\/1$/.test(r.url()) && r.request().method() === 'PUT');
    await addFile(page, '微课.mp4', 'video/mp4', mp4Bytes(25 * MiB));
    await page.getByRole('button', { name: '上传 1 个文件' }).click();
    expect((await recorded).status()).toBe(200);
    await expect.poll(() => progress(page), WAIT).toBeGreaterThan(0);
    await expect.poll(() => blobStored(page), WAIT).toBe(true);
    expect(sent).toEqual([{ generation: 0, part: 1 }]);

    generation = 1;
    holding = false;
    await page.reload();
    await expect.poll(() => page.getByTestId('upload-restored').count(), WAIT).toBe(1);
    await expect.poll(() => page.locator('.uppy-Dashboard-Item').filter({ hasText: '微课.mp4' }).count(), WAIT).toBe(1);
    await page.getByRole('button', { name: '上传 1 个文件' }).click();
    expect(await page.getByTestId('upload-restored').count()).toBe(0);
    await expect.poll(() => progress(page), WAIT).toBeGreaterThanOrEqual(40);

    const row = myUpload(page, '微课.mp4');
    await expect.poll(() => row.getAttribute('data-status'), WAIT).toBe('completed');
    expect(await row.innerText()).toContain('待提交');
    expect(await row.innerText()).toContain('25 MB');
    expect(await row.getAttribute('data-upload-id')).toMatch(/^up-/);
    // Only the parts the app had no record of were sent again (part 3 twice: its retry).
    expect(sent.filter((s) => s.generation === 1).map((s) => s.part).sort()).toEqual([2, 3, 3]);
    expect(await seriousViolations(page), 'uploads page').toEqual([]);
    await context.close();
  });

  it('refuses a .mp4 whose bytes are not a video (deleted after upload) and an .exe (before any request)', async () => {
    const web = stack.webUrl;
    const { context, page } = await newPage(stack.browser);
    await loginToWorkspace(page, web, 'wang.teacher');
    await openUploads(page, web);

    await addFile(page, 'clip.mp4', 'video/mp4', Buffer.concat([Buffer.from('MZ this is a program, not a video'), Buffer.alloc(2 * MiB, 1)]));
    await page.getByRole('button', { name: '上传 1 个文件' }).click();
    await expect.poll(() => page.getByTestId('upload-message').first().innerText(), WAIT).toContain('clip.mp4：文件内容与文件类型不符');
    // The API deleted it and closed the upload: it is not among my uploads.
    expect(await myUpload(page, 'clip.mp4').count()).toBe(0);
    // Retrying would send the same bytes: the refused file leaves the list.
    await expect.poll(() => page.locator('.uppy-Dashboard-Item').filter({ hasText: 'clip.mp4' }).count(), WAIT).toBe(0);

    const creates: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/w/uploads/api') creates.push(r.url());
    });
    await addFile(page, 'setup.exe', 'application/x-msdownload', Buffer.from('MZ\x90\x00 program'));
    await expect.poll(() => page.getByTestId('upload-message').first().innerText(), WAIT).toContain('setup.exe：不支持这种文件类型');
    expect(await page.locator('.uppy-Dashboard-Item').filter({ hasText: 'setup.exe' }).count()).toBe(0);
    expect(creates).toEqual([]);

    // Another purpose takes other types: a PDF as a document.
    await page.getByRole('radio', { name: '文档' }).check();
    expect(await page.locator('#purpose-limit').innerText()).toContain('PDF');
    await addFile(page, '教学计划.pdf', 'application/pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64 * 1024, 0x20)]));
    await page.getByRole('button', { name: /上传 1 个文件/ }).click();
    const pdf = myUpload(page, '教学计划.pdf');
    await expect.poll(() => pdf.getAttribute('data-status'), WAIT).toBe('completed');

    // The API refuses it too, and the app's endpoint passes the refusal on as it is.
    const direct = await page.evaluate(async () => {
      const r = await fetch('/w/uploads/api', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ orgId: 'sd-jn-xxgc', fileName: 'setup.exe', size: 1000, contentType: 'application/x-msdownload', purpose: 'video' }),
      });
      return { status: r.status, body: (await r.json()) as { error: { fields: Record<string, string[]> } } };
    });
    expect(direct.status).toBe(400);
    expect(direct.body.error.fields).toEqual({ contentType: ['upload.type_not_allowed'] });
    await context.close();
  });

  it('without JavaScript the page says uploading needs it; members without an upload role get no link', async () => {
    const web = stack.webUrl;
    const noJs = await newPage(stack.browser, { javaScriptEnabled: false });
    await loginToWorkspace(noJs.page, web, 'wang.teacher');
    await navTo(noJs.page, 'nav-uploads');
    await noJs.page.waitForURL(`${web}/w/uploads`);
    expect(await noJs.page.getByTestId('needs-js').innerText()).toContain('上传文件需要浏览器启用 JavaScript');
    await noJs.context.close();

    const member = await newPage(stack.browser);
    await login(member.page, web, 'li.member');
    await member.page.waitForURL(`${web}/w`);
    expect(await member.page.getByTestId('nav-uploads').count()).toBe(0);
    // The upload endpoints want a session, and writes from this origin only.
    const crossSite = await member.context.request.post(`${web}/w/uploads/api/up-x/complete`, { headers: { origin: 'https://evil.example' } });
    expect(crossSite.status()).toBe(403);
    await member.context.close();
    const anonymous = await stack.browser.newContext();
    const signedOut = await anonymous.request.get(`${web}/w/uploads/api/up-x/parts`);
    expect(signedOut.status()).toBe(401);
    expect(((await signedOut.json()) as { error: { code: string } }).error.code).toBe('auth.required');
    await anonymous.close();
  });
});
