import type { Block } from '../../document/model';
import type { BlockState } from '../block/state';
import { escapeToNull, unescape } from '../inline/names';
import { targetValue } from '../block/explicit/target-parts';
import type { DirectiveParts, DirectiveSpec } from './directive-block';
import { withSpec, type DirectiveCall } from './directive';
import { nameElement } from './names';

/*
 * docutils' `image` and `figure` (directives/images.py). Images are never loaded (the notes
 * are untrusted and a map works offline): the block keeps the alternative text, the address,
 * and the link the image leads to (`:target:`), which the panel shows instead.
 */

const IMAGE_OPTIONS = [
  'alt',
  'height',
  'width',
  'scale',
  'align',
  'target',
  'class',
  'name',
  'loading',
];

const IMAGE: DirectiveSpec = {
  requiredArguments: 1,
  optionalArguments: 0,
  finalArgumentWhitespace: true,
  hasContent: false,
  options: IMAGE_OPTIONS,
};

const FIGURE: DirectiveSpec = {
  ...IMAGE,
  hasContent: true,
  options: [...IMAGE_OPTIONS, 'figwidth', 'figclass'],
};

/** directives.uri: the address with unescaped whitespace removed. */
function uriArgument(argument: string): string {
  return unescape(escapeToNull(argument).filter((char) => !/\s/u.test(char)));
}

type Image = Extract<Block, { type: 'image' }>;

/** The image block, and the name of the target its `:target:` names, if it names one. */
function imageOf(
  state: BlockState,
  call: DirectiveCall,
  { arguments: [uri], options }: DirectiveParts,
): Image {
  const image: Image = {
    type: 'image',
    line: call.line,
    uri: uriArgument(uri ?? ''),
    alt: options.get('alt') ?? call.substitution?.name ?? '',
    target: null,
    caption: null,
    legend: [],
  };
  const target = options.get('target');
  if (target !== undefined) {
    const points = targetValue(target.split('\n'));
    if (points.refname !== undefined) state.context.imageTargetNames.set(image, points.refname);
    else image.target = points.url;
  }
  return image;
}

/** `.. image:: uri`. In a substitution definition it stands for its alternative text. */
export const imageDirective = withSpec(IMAGE, (state, call, parts) => {
  nameElement(state, call, parts.options);
  state.emit(imageOf(state, call, parts));
});

/**
 * `.. figure:: uri`: an image with a caption (the first paragraph of its content) and a legend
 * (the rest). docutils wants the caption to be a paragraph, or an empty comment for none.
 */
export const figureDirective = withSpec(FIGURE, (state, call, parts) => {
  nameElement(state, call, parts.options);
  const image = imageOf(state, call, parts);
  const [first, ...rest] = state.nested(parts.content);
  if (first?.type === 'paragraph') {
    image.caption = first.content;
    image.legend = rest;
  } else if (first?.type === 'comment' && first.text === '') {
    image.legend = rest;
  } else if (first) {
    state.report(call.line, 'error', 'Figure caption must be a paragraph or empty comment.');
    image.legend = [first, ...rest];
  }
  state.emit(image);
});
