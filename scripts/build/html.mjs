// The built page as a tree (parse5, the HTML parser of the standard), for every step that
// reads or edits it: no regular expression touches HTML. A few names over parse5's default
// tree adapter, which every step shares.
import { defaultTreeAdapter as tree, html as spec, parse, parseFragment, serialize } from 'parse5';

export { serialize };

/** The page's text as a document tree. */
export const parsePage = (text) => parse(text);

/** Every element under `node`, in document order, including those inside a <template>. */
export function* elements(node) {
  for (const child of tree.getChildNodes(node) ?? []) {
    if (!tree.isElementNode(child)) continue;
    yield child;
    if (child.tagName === 'template') yield* elements(tree.getTemplateContent(child));
    yield* elements(child);
  }
}

/** Every node under `node` (comments and text too), in document order. */
export function* allNodes(node) {
  for (const child of tree.getChildNodes(node) ?? []) {
    yield child;
    if (child.tagName === 'template') yield* allNodes(tree.getTemplateContent(child));
    yield* allNodes(child);
  }
}

/** The elements under `node` named `tagName` for which `test` holds. */
export const findAll = (node, tagName, test = () => true) =>
  [...elements(node)].filter((element) => element.tagName === tagName && test(element));

/** The one element under `node` named `tagName` for which `test` holds; `what` names it in the error. */
export function findOne(node, tagName, test, what) {
  const found = findAll(node, tagName, test);
  if (found.length !== 1) throw new Error(`the page has ${found.length} ${what}, not one`);
  return found[0];
}

/** An attribute's value, `undefined` where the element has none. */
export const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;

export function setAttr(element, name, value) {
  const present = element.attrs.find((a) => a.name === name);
  if (present) present.value = value;
  else element.attrs.push({ name, value });
}

/** The text of a <script> or <style>: what a browser hashes for the policy. */
export const textOf = (element) => tree.getChildNodes(element).filter(tree.isTextNode).map((node) => node.value).join('');

export function setText(element, text) {
  for (const child of [...tree.getChildNodes(element)]) tree.detachNode(child);
  tree.insertText(element, text);
}

/** Replaces the children of `element` with the nodes of `html`, parsed in its context. */
export function setInnerHtml(element, html) {
  for (const child of [...tree.getChildNodes(element)]) tree.detachNode(child);
  for (const child of [...tree.getChildNodes(parseFragment(element, html))]) tree.appendChild(element, child);
}

export const isEmpty = (element) => tree.getChildNodes(element).every((node) => tree.isTextNode(node) && !node.value.trim());

/** A new element in the HTML namespace, attributes in order. */
export const createElement = (tagName, attrs) =>
  tree.createElement(tagName, spec.NS.HTML, Object.entries(attrs).map(([name, value]) => ({ name, value })));

export const remove = (node) => tree.detachNode(node);

/** Puts `node` right after `reference`, with a line break and the indentation of the head. */
export function insertAfter(reference, node) {
  const parent = reference.parentNode;
  const siblings = tree.getChildNodes(parent);
  const next = siblings[siblings.indexOf(reference) + 1];
  const spacing = tree.createTextNode('\n  ');
  if (next) {
    tree.insertBefore(parent, spacing, next);
    tree.insertBefore(parent, node, next);
  } else {
    tree.appendChild(parent, spacing);
    tree.appendChild(parent, node);
  }
}
