import type { Core, SingularElementArgument } from 'cytoscape';
import { changedClasses } from '../../core/explorer/style-rules';
import { dataId } from './element-ids';

/** What the canvas shows: the classes map last applied to a cytoscape instance's elements. */
export interface AppliedClasses {
  cy: Core;
  elements: unknown;
  classes: ReadonlyMap<string, string>;
  byId: ReadonlyMap<string, SingularElementArgument>;
}

/**
 * Sets the display classes (style-rules displayClasses) on the canvas. Against the map applied last to
 * the same elements only the changed ids are touched (changedClasses); otherwise every element is
 * compared with its own classes. Elements are looked up in a map kept with the result (no collection
 * per lookup). The label placement's `nolabel` class is kept until it runs again.
 */
export function applyClasses(
  cy: Core,
  elements: unknown,
  classes: ReadonlyMap<string, string>,
  last: AppliedClasses | null,
): AppliedClasses {
  const same = last !== null && last.cy === cy && last.elements === elements;
  let byId: ReadonlyMap<string, SingularElementArgument>;
  let todo: [string, string][];
  if (same) {
    byId = last.byId;
    todo = changedClasses(last.classes, classes);
  } else {
    const all = new Map<string, SingularElementArgument>();
    cy.elements().forEach((ele) => {
      all.set(dataId(ele.id()), ele);
    });
    byId = all;
    todo = [...classes].filter(([id, cls]) => {
      const ele = all.get(id);
      return ele !== undefined && ele.classes().filter((c) => c !== 'nolabel').join(' ') !== cls;
    });
  }
  cy.batch(() => {
    for (const [id, cls] of todo) {
      const ele = byId.get(id);
      if (ele === undefined || ele.removed()) continue;
      // One call per element: a collection's classes() gives all its elements one shared class Set, which
      // the label placement's per-node nolabel toggle would then change for all of them.
      ele.classes(ele.hasClass('nolabel') ? `${cls} nolabel` : cls);
    }
  });
  return { cy, elements, classes, byId };
}
