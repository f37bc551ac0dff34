/** What the remark plugins that hand build-time data to MDX components share. */
import {valueToEstree} from 'estree-util-value-to-estree';

export interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: MdastNode[];
}

/** Every `<name … />` element in the tree, flow or text. */
export function findJsxElements(node: MdastNode, name: string, found: MdastNode[]): MdastNode[] {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name) {
    found.push(node);
  }
  node.children?.forEach((child) => findJsxElements(child, name, found));
  return found;
}

/** A JSX attribute whose value is the expression for `value` (plain data: JSON-like). */
export function expressionAttribute(name: string, value: unknown): JsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{type: 'ExpressionStatement', expression: valueToEstree(value)}],
        },
      },
    },
  };
}
