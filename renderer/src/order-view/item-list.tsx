/** Nested list of editorial items (punkty, litery, tirety) with generated labels and their citations. */
import type { Item } from '../../../core/model/order.js';
import type { RichText } from '../../../core/model/rich-text.js';
import { itemLabel } from '../format.js';

export interface ItemListProps {
  items: Item[];
  /** Citation of an item by id (`§ 4 pkt 7 lit. a`), or null when it has none. */
  cite: (id: string) => string | null;
  /** The words of a text of the order (`RichText.plain` against the order shown). */
  words: (t: RichText | undefined) => string;
  depth?: number;
}

export function ItemList({ items, cite, words, depth = 0 }: ItemListProps) {
  if (!items.length) return <p className="muted empty">Brak zadań.</p>;
  return (
    <ol className={`items depth-${Math.min(depth, 2)}`}>
      {items.map((item, i) => {
        const citation = cite(item.id);
        return (
          <li key={item.id} data-citation={citation ?? undefined}>
            <div className="item-row">
              <span className="label">{itemLabel(depth, i)}</span>
              <span className="text legal">{words(item.text)}</span>
              {citation && <span className="cite" title="Cytowanie">{citation}</span>}
            </div>
            {item.children.length > 0 && <ItemList items={item.children} cite={cite} words={words} depth={depth + 1} />}
            {item.wspolna?.length ? <p className="legal wspolna">{words(item.wspolna)}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
