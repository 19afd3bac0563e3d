import { render } from '@testing-library/react';
import { StrictMode, createRef } from 'react';
import { expect, test, vi } from 'vitest';
import type { ConceptMapHandle } from '../../src/graph/concept-map-handle';
import type { NodeId } from '../../src/notes/concepts/model';
import { MapAdapterContext } from '../../src/ui/ConceptMap/adapter';
import { ConceptMap } from '../../src/ui/ConceptMap/ConceptMap';
import { bundleOf } from './fixtures/build';
import { kubernetesMini } from './fixtures/kubernetes-mini';
import { createFakeAdapter } from './support/fake-adapter';

const bundle = bundleOf(kubernetesMini);

function renderMap(
  fake: ReturnType<typeof createFakeAdapter>,
  props: { selected: NodeId | null; onSelect(id: NodeId | null): void },
) {
  const handleRef = createRef<ConceptMapHandle | null>();
  const element = (selected: NodeId | null, onSelect: (id: NodeId | null) => void) => (
    <StrictMode>
      <MapAdapterContext.Provider value={fake.adapter}>
        <ConceptMap
          bundle={bundle}
          selected={selected}
          visible={null}
          theme="light"
          onSelect={onSelect}
          handleRef={handleRef}
          label="Concept map"
        />
      </MapAdapterContext.Provider>
    </StrictMode>
  );
  const view = render(element(props.selected, props.onSelect));
  return {
    ...view,
    handleRef,
    rerenderWith: (s: NodeId | null, o: (id: NodeId | null) => void) =>
      view.rerender(element(s, o)),
  };
}

test('StrictMode’s double mount leaves exactly one live map, and unmount destroys it', () => {
  const fake = createFakeAdapter();
  const { unmount, handleRef } = renderMap(fake, { selected: null, onSelect: () => {} });

  expect(fake.maps.length).toBe(2); // mount, unmount, mount
  expect(fake.live()).toHaveLength(1);
  expect(handleRef.current).toBe(fake.current().handle);
  expect(fake.current().options.container).toBeInstanceOf(HTMLElement);

  unmount();
  expect(fake.live()).toHaveLength(0);
  expect(handleRef.current).toBeNull();
});

test('changes go through the handle and the latest onSelect is called, without a new map', () => {
  const fake = createFakeAdapter();
  const first = vi.fn();
  const latest = vi.fn();
  const { rerenderWith } = renderMap(fake, { selected: null, onSelect: first });
  const created = fake.maps.length;

  rerenderWith('pod' as NodeId, latest);
  expect(fake.current().handle.select).toHaveBeenLastCalledWith('pod');
  fake.current().options.onSelect('service' as NodeId);
  expect(latest).toHaveBeenCalledWith('service');
  expect(first).not.toHaveBeenCalled();
  expect(fake.maps.length).toBe(created);
});

test('a resized container tells the map to resize', () => {
  const observers: ResizeObserverCallback[] = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: ResizeObserverCallback) {
        observers.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  const fake = createFakeAdapter();
  renderMap(fake, { selected: null, onSelect: () => {} });
  observers.at(-1)!([], {} as ResizeObserver);
  expect(fake.current().handle.resize).toHaveBeenCalled();
  vi.unstubAllGlobals();
});
