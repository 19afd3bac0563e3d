import type { Block } from '../../document/model';
import type { BlockState } from '../block/state';
import { normalizeName } from '../inline/names';
import type { DirectiveCall } from './directive';

/**
 * A directive's `:name:` option (docutils' Directive.add_name): the element gets a name that
 * references (`name_`, Sphinx's `:ref:`) can point at. It is kept as an internal target right
 * before the element, which is where such a target points.
 */
export function nameElement(
  state: BlockState,
  call: DirectiveCall,
  options: ReadonlyMap<string, string>,
): void {
  const name = options.get('name');
  if (name === undefined || !name.trim()) return;
  const target: Block = {
    type: 'target',
    line: call.line,
    name: normalizeName(name),
    anonymous: false,
    url: null,
  };
  state.context.elementTargets.add(target);
  state.emit(target);
}
