import { describe, expect, it } from 'vitest';
import type { Page, Request, Route } from 'playwright-core';
import { useBrowserStack } from './harness';
import { loginToWorkspace, newPage, navTo } from './web-flows';
import { WAIT } from './waits';

/**
 * An upload the store no longer holds (its lifecycle rule aborts unfinished uploads after a
 * day) must not trap the browser in retries: a part PUT answered 404 NoSuchUpload, or the API's
 * 409 `upload.expired`, closes the upload, drops the file with a message to choose it again,
 * and leaves nothing for Golden Retriever to resume. The store's and the API's answers are
 * played by request interception (s3rver keeps uploads forever; the record's age is the API's).
 */
const MiB = 1024 * 1024;
const EXPIRED = '这次上传已过期';

function mp4Bytes(size: number): Buffer {
  const bytes = Buffer.alloc(size, 0x2a);
  Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.alloc(20)]).copy(bytes, 0);
  return bytes;
}

const isPartPut = (request: Request) => {
  const url = new URL(request.url());
  return request.method() === 'PUT' && url.searchParams.has('partNumber') && url.searchParams.has('uploadId');
};

async function openUploads(page: Page, web: string): Promise<void> {
  await navTo(page, 'nav-uploads');
  await page.waitForURL(`${web}/w/uploads`);
  await expect.poll(() => page.locator('.uppy-Dashboard').count(), WAIT).toBe(1);
}

async function addFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const input = page.locator('input.uppy-Dashboard-input[type="file"]').first();
  if ((await input.count()) === 0) await page.getByRole('button', { name: '添加更多文件' }).click();
  await input.setInputFiles({ name, mimeType: 'video/mp4', buffer });
}

/** The names of the files in Golden Retriever's saved state (IndexedDB `uppy-blobs`, store `metadata`). */
function savedFileNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('uppy-blobs');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('metadata')) return resolve([]);
          const all = db.transaction('metadata', 'readonly').objectStore('metadata').getAll();
          all.onerror = () => resolve([]);
          all.onsuccess = () =>
            resolve(
              (all.result as { metadata: string }[]).flatMap((r) =>
                Object.values((JSON.parse(r.metadata) as { files?: Record<string, { name: string }> }).files ?? {}).map((f) => f.name),
              ),
            );
        };
      }),
  );
}

const items = (page: Page, name: string) => page.locator('.uppy-Dashboard-Item').filter({ hasText: name });
const row = (page: Page, name: string) => page.getByTestId('my-upload').filter({ hasText: name });

describe('expired uploads', () => {
  const stack = useBrowserStack();

  it('a part PUT answered 404 closes the upload and drops the file; choosing it again uploads afresh', async () => {
    const web = stack.webUrl;
    const { context, page } = await newPage(stack.browser);
    await loginToWorkspace(page, web, 'wang.teacher');
    await openUploads(page, web);

    let puts = 0;
    let gone = true;
    await context.route((url) => url.searchParams.has('partNumber') && url.searchParams.has('uploadId'), async (route: Route) => {
      const request = route.request();
      if (!isPartPut(request) || !gone) return route.continue();
      puts++;
      await route.fulfill({
        status: 404,
        headers: { 'content-type': 'application/xml', 'access-control-allow-origin': web, 'access-control-expose-headers': 'ETag' },
        body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message></Error>',
      });
    });

    const created = page.waitForResponse((r) => new URL(r.url()).pathname === '/w/uploads/api' && r.request().method() === 'POST');
    await addFile(page, '过期.mp4', mp4Bytes(2 * MiB));
    await page.getByRole('button', { name: '上传 1 个文件' }).click();
    const deadId = ((await (await created).json()) as { uploadId: string }).uploadId;
    await expect.poll(() => page.getByTestId('upload-message').first().innerText(), WAIT).toContain(`过期.mp4：${EXPIRED}`);
    await expect.poll(() => items(page, '过期.mp4').count(), WAIT).toBe(0);
    // Closed at once: the dead id was not PUT to again and again.
    expect(puts).toBe(1);
    // The page told the API, which closed the upload: it is not among my uploads any more.
    await expect.poll(() => page.locator(`[data-upload-id="${deadId}"]`).count(), WAIT).toBe(0);

    gone = false;
    await addFile(page, '过期.mp4', mp4Bytes(2 * MiB));
    await page.getByRole('button', { name: '上传 1 个文件' }).click();
    await expect.poll(async () => (await row(page, '过期.mp4').first().getAttribute('data-status')) ?? '', WAIT).toBe('completed');
    expect(await row(page, '过期.mp4').first().getAttribute('data-upload-id')).not.toBe(deadId);
    await context.close();
  });

  it('resuming after a reload, the API answers 409 upload.expired: the file is dropped and not restored again', async () => {
    const web = stack.webUrl;
    const { context, page } = await newPage(stack.browser);
    await loginToWorkspace(page, web, 'wang.teacher');
    await openUploads(page, web);

    // Part 2 is held on its way to storage until the reload: the page reloads with part 1 stored.
    let holding = true;
    await context.route((url) => url.searchParams.has('partNumber') && url.searchParams.has('uploadId'), async (route: Route) => {
      const request = route.request();
      if (!isPartPut(request) || new URL(request.url()).searchParams.get('partNumber') === '1') return route.continue();
      while (holding) await new Promise((r) => setTimeout(r, 100));
      await route.abort().catch(() => undefined);
    });
    const recorded = page.waitForResponse((r) => /\/w\/uploads\/api\/[^/]+\/parts\/1$/.test(r.url()) && r.request().method() === 'PUT');
    await addFile(page, '隔天.mp4', mp4Bytes(12 * MiB));
    await page.getByRole('button', { name: '上传 1 个文件' }).click();
    expect((await recorded).status()).toBe(200);
    await expect.poll(() => savedFileNames(page), WAIT).toContain('隔天.mp4');

    // A day later, as the API answers for an upload older than the store's window.
    let listed = 0;
    await context.route(/\/w\/uploads\/api\/[^/]+\/(parts|sign)$/, async (route: Route) => {
      listed++;
      await route.fulfill({ status: 409, contentType: 'application/json', body: JSON.stringify({ error: { code: 'upload.expired', message: 'upload.expired' } }) });
    });
    holding = false;
    await page.reload();
    await expect.poll(() => page.getByTestId('upload-restored').count(), WAIT).toBe(1);
    await expect.poll(() => items(page, '隔天.mp4').count(), WAIT).toBe(1);
    await page.getByRole('button', { name: '上传 1 个文件' }).click();
    await expect.poll(() => page.getByTestId('upload-message').first().innerText(), WAIT).toContain(`隔天.mp4：${EXPIRED}`);
    await expect.poll(() => items(page, '隔天.mp4').count(), WAIT).toBe(0);
    // Once to show what is stored after the reload, once to resume: never again and again.
    expect(listed).toBeLessThanOrEqual(2);

    // Golden Retriever's saved state no longer has the file, so a reload brings nothing back.
    await expect.poll(() => savedFileNames(page), WAIT).not.toContain('隔天.mp4');
    await page.reload();
    await expect.poll(() => page.locator('.uppy-Dashboard').count(), WAIT).toBe(1);
    expect(await page.getByTestId('upload-restored').count()).toBe(0);
    expect(await items(page, '隔天.mp4').count()).toBe(0);
    await context.close();
  });
});
