import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import judgementFile from '../../../lib/tone/judgement-weights.json';
import modelFile from '../../../lib/tone/model-weights.json';

// Issue 13 item 6: in the extension the tone weights are packaged files fetched once per context
// (lib/tone/model/tone-weight-files.browser.ts), not part of any script. These tests load lib/tone/model/models.ts
// with that browser module in place of the Node one, and a fetch that serves the extension's files.
const ROOT = join(import.meta.dirname, '../../..');
const served: Record<string, string> = {
  '/tone/model-weights.json': readFileSync(join(ROOT, 'lib/tone/model-weights.json'), 'utf8'),
  '/tone/judgement-weights.json': readFileSync(join(ROOT, 'lib/tone/judgement-weights.json'), 'utf8'),
};
const fetchStub = vi.fn(async (url: string) =>
  url in served ? new Response(served[url]) : new Response('missing', { status: 404 }),
);

async function modelsAsInTheExtension() {
  vi.resetModules();
  vi.doMock(
    '../../../lib/tone/model/tone-weight-files',
    () => import('../../../lib/tone/model/tone-weight-files.browser'),
  );
  return import('../../../lib/tone/model/models');
}

beforeEach(() => {
  fetchStub.mockClear();
  vi.stubGlobal('fetch', fetchStub);
});
afterEach(() => {
  vi.doUnmock('../../../lib/tone/model/tone-weight-files');
  vi.unstubAllGlobals();
});

describe('the tone weights in the extension', () => {
  it('are refused before they are loaded, with what to do', async () => {
    const models = await modelsAsInTheExtension();
    expect(() => models.politenessModel()).toThrow(/await toneWeightsReady\(\) first/);
    expect(() => models.askModel()).toThrow(/toneWeightsReady/);
    expect(() => models.shippedJudgement()).toThrow(/toneWeightsReady/);
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('are fetched once from the extension root, and then are the trained files', async () => {
    const models = await modelsAsInTheExtension();
    await Promise.all([models.toneWeightsReady(), models.toneWeightsReady()]);
    await models.toneWeightsReady();
    expect(fetchStub.mock.calls.map(([url]) => url).sort()).toEqual([
      '/tone/judgement-weights.json',
      '/tone/model-weights.json',
    ]);
    expect(models.shippedJudgement()).toEqual(judgementFile);
    expect(models.politenessModel().bias).toBe(modelFile.politeness.bias);
    expect(models.askModel().bias).toBe(modelFile.ask.bias);
    const [name, weight] = Object.entries(modelFile.ask.weights)[0]!;
    const colon = name.indexOf(':');
    expect(
      models
        .askModel()
        .byNamespace.get(name.slice(0, colon))
        ?.get(name.slice(colon + 1)),
    ).toBe(weight);
  });

  it('a failed load says which file and is tried again by the next call', async () => {
    const models = await modelsAsInTheExtension();
    fetchStub.mockImplementationOnce(async () => new Response('gone', { status: 404 }));
    await expect(models.toneWeightsReady()).rejects.toThrow(/tone weights \(tone\/.*-weights\.json: 404\)/);
    expect(() => models.politenessModel()).toThrow(/toneWeightsReady/);
    await models.toneWeightsReady();
    expect(models.politenessModel().bias).toBe(modelFile.politeness.bias);
  });

  it('a judgement file of other features is refused when the judgement is used, not by the models training needs', async () => {
    served['/tone/judgement-weights.json'] = JSON.stringify({
      ...judgementFile,
      features: ['a-feature-since-removed'],
    });
    try {
      const models = await modelsAsInTheExtension();
      await models.toneWeightsReady();
      expect(models.politenessModel().bias).toBe(modelFile.politeness.bias);
      expect(models.askModel().bias).toBe(modelFile.ask.bias);
      expect(() => models.shippedJudgement()).toThrow(/trained on other features: run `npm run train:tone`/);
    } finally {
      served['/tone/judgement-weights.json'] = readFileSync(
        join(ROOT, 'lib/tone/judgement-weights.json'),
        'utf8',
      );
    }
  });

  it('in Node (tests, scripts) are there from the start', async () => {
    vi.resetModules();
    const models = await import('../../../lib/tone/model/models');
    expect(models.politenessModel().bias).toBe(modelFile.politeness.bias);
    await models.toneWeightsReady();
    expect(fetchStub).not.toHaveBeenCalled();
  });
});
