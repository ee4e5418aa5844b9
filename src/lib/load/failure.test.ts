import { describe, expect, it } from 'vitest';
import { LoadError, describeFailure, fetchFile, fileOf } from './failure.ts';

describe('fetchFile', () => {
  it('names the file and the status of an answer that is not 2xx', async () => {
    const notFound = () => Promise.resolve(new Response('', { status: 404 }));
    await expect(fetchFile('http://h/assets/overview-x1.geojson', notFound)).rejects.toEqual(
      new LoadError('assets/overview-x1.geojson', 'HTTP 404'),
    );
  });

  it('names the file of a request that never got an answer', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await fetchFile('./assets/places.geojson', offline).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).file).toBe('assets/places.geojson');
    expect((error as LoadError).reason).toMatch(/request failed/);
  });

  it('passes a good answer through', async () => {
    const ok = new Response('{}', { status: 200 });
    await expect(fetchFile('/a.json', () => Promise.resolve(ok))).resolves.toBe(ok);
  });
});

describe('describeFailure', () => {
  it('says which file failed and why', () => {
    expect(describeFailure(new LoadError('assets/a.geojson', 'HTTP 500'))).toBe(
      'assets/a.geojson could not be loaded (HTTP 500).',
    );
  });

  it('finds the chunk in a failed import, as Chromium and Firefox word it', () => {
    const chromium = new TypeError(
      'Failed to fetch dynamically imported module: https://news.example/kurils/assets/svg-renderer-Ab1.js',
    );
    expect(describeFailure(chromium)).toBe('kurils/assets/svg-renderer-Ab1.js could not be loaded.');
    const firefox = new TypeError(
      'error loading dynamically imported module: http://127.0.0.1:4391/assets/_virtual_history-C.js',
    );
    expect(describeFailure(firefox)).toBe('assets/_virtual_history-C.js could not be loaded.');
  });

  it('gives any other error its own message', () => {
    expect(describeFailure(new Error('no overview feature for iturup'))).toBe(
      'the page failed while starting it (no overview feature for iturup).',
    );
  });
});

describe('fileOf', () => {
  it('drops the host and the query', () => {
    expect(fileOf('https://a.example/x/y.js?v=1')).toBe('x/y.js');
    expect(fileOf('./assets/b.geojson')).toBe('assets/b.geojson');
  });
});
