/** Builds the section tree (heading -> body -> subsections) from the headings found. */
import type { Section } from './document-types.js';
import type { HeadingSite } from './headings.js';
import type { LineIndex } from './positions.js';

export interface SectionTree {
  sections: Section[];
  allSections: Section[];
}

/**
 * @param hasText tells whether a span of the source holds any readable text
 */
export function buildSections(
  sites: readonly HeadingSite[],
  sourceLength: number,
  lines: LineIndex,
  hasText: (start: number, end: number) => boolean,
): SectionTree {
  const roots: Section[] = [];
  const all: Section[] = [];
  const stack: Section[] = [];

  sites.forEach((site, index) => {
    while (stack.length > 0 && stack[stack.length - 1]!.heading.depth >= site.heading.depth) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    // The section runs to the next heading of the same or a higher level.
    let end = sourceLength;
    for (let k = index + 1; k < sites.length; k++) {
      if (sites[k]!.heading.depth <= site.heading.depth) {
        end = sites[k]!.start;
        break;
      }
    }
    const bodyEnd = sites[index + 1] !== undefined && sites[index + 1]!.start < end ? sites[index + 1]!.start : end;
    const section: Section = {
      heading: site.heading,
      range: lines.rangeOf(site.start, end),
      body: lines.rangeOf(site.bodyStart, bodyEnd),
      hasBodyText: hasText(site.bodyStart, bodyEnd),
      children: [],
      parent,
    };
    (parent === null ? roots : parent.children).push(section);
    all.push(section);
    stack.push(section);
  });
  return { sections: roots, allSections: all };
}
