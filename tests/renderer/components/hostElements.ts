import { isValidElement, type JSXElementConstructor, type ReactElement, type ReactNode } from 'react';

type AnyProps = Record<string, unknown> & { children?: ReactNode };
type Component = (props: never) => ReactNode;

/**
 * The host elements (div, label, select...) a tree of hook-free components renders, in document order,
 * found without a DOM: each function component is called with its props and what it returns is walked.
 * A component named in `keep` (one with hooks, such as ErrorBanner) is listed as it is, not expanded, so a
 * test can say that it is there and with which props. Handlers stay on the elements for a test to call.
 */
export function hostElements(node: ReactNode, keep: readonly Component[] = []): ReactElement<AnyProps>[] {
  const found: ReactElement<AnyProps>[] = [];
  const visit = (n: ReactNode): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!isValidElement(n)) return;
    const element = n as ReactElement<AnyProps, string | JSXElementConstructor<AnyProps>>;
    if (typeof element.type === 'function') {
      if (keep.includes(element.type as unknown as Component)) return void found.push(element);
      return visit((element.type as (props: AnyProps) => ReactNode)(element.props));
    }
    if (typeof element.type === 'string') found.push(element);
    visit(element.props.children);
  };
  visit(node);
  return found;
}

/** The one host element of this tag (and, if given, that passes `where`); fails the test when there is not exactly one. */
export function only(elements: readonly ReactElement<AnyProps>[], tag: string, where: (props: AnyProps) => boolean = () => true): ReactElement<AnyProps> {
  const matching = elements.filter((e) => e.type === tag && where(e.props));
  if (matching.length !== 1) throw new Error(`expected one <${tag}>, found ${matching.length}`);
  return matching[0]!;
}

/** The text a host element shows: its string and number children, deeply, joined. */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement(node)) return textOf((node.props as AnyProps).children);
  return '';
}
