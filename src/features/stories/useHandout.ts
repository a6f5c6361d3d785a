// What the printable handout does besides rendering: it draws the step pictures, makes the page
// beneath it inert (focus returns to the opener on close), focuses its title, prints by itself when
// asked to once the pictures are in, and closes on Escape.
import { useEffect, useState, type RefObject } from 'react';
import { drawStepPictures, type StepPicture } from '../../image/stepPictures';
import type { Story } from '../../model/story';
import { isoDate } from '../common/fileName';
import { useGraph } from '../common/graphContext';
import { useHandoutStore } from './handoutState';

/** Runs the handout's effects; returns the pictures (undefined while drawing, null for a step without one). */
export function useHandout(
  story: Story,
  root: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLHeadingElement | null>,
): (StepPicture | null)[] | undefined {
  const graph = useGraph();
  const autoPrint = useHandoutStore((s) => s.autoPrint);
  const close = useHandoutStore((s) => s.closeHandout);
  // undefined while drawing; one entry per step once drawn (null: no picture for that step).
  const [pictures, setPictures] = useState<(StepPicture | null)[] | undefined>(undefined);

  // The handout covers the whole page: make what is underneath inert, so Tab and screen readers
  // cannot wander into controls nobody can see, and give focus back to the opener on close.
  // (Declared before the heading focus below, so it records the opener first.)
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const below = [...document.body.children].filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el !== root.current && !el.inert,
    );
    for (const el of below) el.inert = true;
    return () => {
      for (const el of below) el.inert = false;
      if (opener?.isConnected) opener.focus();
    };
  }, [root]);

  useEffect(() => heading.current?.focus(), [heading, story.id]);

  useEffect(() => {
    let live = true;
    setPictures(undefined);
    const requests = story.steps.map((step, i) => ({
      show: { nodes: new Set(step.show.nodes), edges: new Set(step.show.relations) },
      title: `Step ${i + 1}. ${step.title}`,
    }));
    drawStepPictures(graph, requests, isoDate())
      // Without pictures the handout still has every word; it must never fail to open.
      .catch(() => story.steps.map(() => null))
      .then((p) => {
        if (live) setPictures(p);
      });
    return () => {
      live = false;
    };
  }, [graph, story]);

  useEffect(() => {
    if (!autoPrint || pictures === undefined) return;
    // Let the browser lay the handout out before the print dialog snapshots it.
    const t = window.setTimeout(() => {
      useHandoutStore.setState({ autoPrint: false });
      window.print();
    }, 150);
    return () => window.clearTimeout(t);
  }, [autoPrint, pictures]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [close]);

  return pictures;
}
