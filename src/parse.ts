/**
 * The one place Markdown is parsed: unified + remark-parse + remark-frontmatter.
 * Rules never parse; they read the document model built from this tree.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
