import { useEffect, useRef } from 'react';
import type { ConceptMapHandle } from '../../graph/concept-map-handle';
import type { MapBundle } from '../../graph/map-bundle';
import type { NodeId } from '../../notes/concepts/model';
import { ConceptMap } from '../ConceptMap/ConceptMap';
import { useTheme } from '../Theme/ThemeProvider';

interface StepMapProps {
  bundle: MapBundle;
  /** The concept the step is about, or null (the title, the closing). */
  selected: NodeId | null;
  /** What the room sees (null: everything). */
  visible: ReadonlySet<NodeId> | null;
  /** What the camera frames. */
  frame: readonly NodeId[];
  /** Emphasised concepts (the closing's tour). */
  emphasis: ReadonlySet<NodeId> | null;
  label: string;
}

/** A small map of a step as the room will see it, for the speaker's preview. */
export function StepMap({ bundle, selected, visible, frame, emphasis, label }: StepMapProps) {
  const { theme } = useTheme();
  const handleRef = useRef<ConceptMapHandle | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  // After ConceptMap's own effects (children first), so the camera sees the new visibility.
  useEffect(() => {
    const handle = handleRef.current;
    if (!handle) return;
    handle.setEmphasis(emphasis);
    if (frame.length > 0) handle.focus(frame, { instant: true });
  }, [frame, emphasis]);

  const latest = useRef(frame);
  useEffect(() => {
    latest.current = frame;
  });
  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      handleRef.current?.resize();
      if (latest.current.length > 0) handleRef.current?.focus(latest.current, { instant: true });
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={boxRef} className="speaker-map">
      <ConceptMap
        bundle={bundle}
        selected={selected}
        visible={visible}
        theme={theme}
        onSelect={() => undefined}
        handleRef={handleRef}
        label={label}
      />
    </div>
  );
}
