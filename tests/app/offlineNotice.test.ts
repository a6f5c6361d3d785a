// A tab open during a deploy is told that a new version took over and that a reload brings it in;
// the first visit (no worker before) says nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { noticeUpdates, UPDATE_NOTICE } from '../../src/app/offline';
import { resetStore, useAppStore } from '../../src/store/store';

afterEach(() => resetStore());

function container(controller: object | null) {
  const target = new EventTarget();
  return Object.assign(target, { controller }) as unknown as ServiceWorkerContainer;
}

describe('update notice', () => {
  it('a new worker taking over a controlled tab gives one notice', () => {
    const c = container({});
    const stop = noticeUpdates(c);
    c.dispatchEvent(new Event('controllerchange'));
    expect(useAppStore.getState().notices).toEqual([UPDATE_NOTICE]);
    stop();
    c.dispatchEvent(new Event('controllerchange'));
    expect(useAppStore.getState().notices).toHaveLength(1);
  });

  it('the first worker of a first visit says nothing; a later update does', () => {
    const c = container(null);
    noticeUpdates(c);
    c.dispatchEvent(new Event('controllerchange'));
    expect(useAppStore.getState().notices).toEqual([]);
    c.dispatchEvent(new Event('controllerchange'));
    expect(useAppStore.getState().notices).toEqual([UPDATE_NOTICE]);
  });
});
