/**
 * One rich text of the order in a one-paragraph Slate editor: a common duty, a letter of one, a scope in one
 * sentence (any text of the model that is not a list of points). It shows references as the chips of the scope
 * editors (`ref-chip.tsx`), takes a provision reference at its caret from the picker (Ctrl+Shift+K,
 * `provision-picker.tsx`), opens a chip from the keyboard (`chip-dialog.tsx`), and recognises the names and
 * citations typed into it when the user leaves it. Escape leaves it for the next control; Enter makes no new
 * paragraph (a field holds one text); pasted line breaks become spaces. A new text from the model (an undo, a fix)
 * is brought in with Slate operations, the caret kept (`scope-sync.ts`).
 */
import { memo, useCallback, useContext, useLayoutEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { createEditor, Editor, type Descendant } from 'slate';
import { Editable, ReactEditor, Slate, withReact, type RenderElementProps } from 'slate-react';
import { focusBeyond } from '../keyboard/focus.js';
import type { RichText } from '../../../core/model/rich-text.js';
import { useChipDialog } from './chip-dialog.js';
import { HistoryContext, historyKey } from './edit-history.js';
import { forgetRichEditor, rememberRichEditor } from './provision-picker.js';
import { RefChip, withRefChips } from './ref-chip.js';
import { childrenToText, textToChildren } from './scope-blocks.js';
import { useFollowModel } from './scope-sync.js';
import type { ItemElement } from './slate-types.js';
import { SelectionScope } from './selection-gate.js';

/** An editor holding one paragraph: line breaks (typed or pasted) become spaces. */
function withOneParagraph(editor: Editor): Editor {
  const { insertData } = editor;
  editor.insertBreak = () => undefined;
  editor.insertSoftBreak = () => undefined;
  editor.insertData = (data: DataTransfer) => {
    const text = data.getData('text/plain');
    if (!text) return insertData(data);
    editor.insertText(text.replace(/\s*[\r\n]+\s*/g, ' '));
  };
  return editor;
}

/** The one block of a field: its host's id and the text's runs and chips. */
function blockOf(id: string, text: RichText): ItemElement {
  return { type: 'item', id, depth: 0, children: textToChildren(text) };
}

export interface RichTextFieldProps {
  /** Id of the item, ustęp or unit whose text this is (where a provision reference inserted here stands). */
  hostId: string;
  /** The text as the model has it. */
  value: RichText;
  /** The new text as typed (runs and references). */
  onChange(text: RichText): void;
  /** The field lost the focus (typed names and citations are then recognised). */
  onLeave?(): void;
  /** Accessible name of the field (Polish). */
  label: string;
  placeholder?: string;
  className?: string;
  /** A field that cannot be edited (e.g. a common duty switched off). */
  disabled?: boolean;
}

const renderElement = (props: RenderElementProps) =>
  props.element.type === 'ref' ? <RefChip {...props} /> : <div {...props.attributes} className="field-text">{props.children}</div>;

/** One rich text in a one-paragraph editor with reference chips; see the module comment. */
export const RichTextField = memo(function RichTextField({ hostId, value, onChange, onLeave, label, placeholder, className, disabled }: RichTextFieldProps) {
  const editor = useMemo(() => withOneParagraph(withRefChips(withReact(createEditor()))), []);
  const history = useContext(HistoryContext);
  useLayoutEffect(() => {
    Object.assign(editor, { undo: history.undo, redo: history.redo });
  }, [editor, history]);
  useLayoutEffect(() => () => forgetRichEditor(editor), [editor]);
  const [initial] = useState(() => [blockOf(hostId, value)] as Descendant[]);
  const follow = useFollowModel(editor, value, (v) => [blockOf(hostId, v)]);

  const handleChange = useCallback(
    (v: Descendant[]) => {
      if (!follow.own().length) return;
      const next = childrenToText((v[0] as ItemElement).children);
      follow.send(next);
      onChange(next);
    },
    [editor, onChange, follow],
  );

  const chips = useChipDialog(editor);
  const onKeyDown = (e: KeyboardEvent) => {
    if (chips.onKeyDown(e)) return;
    // leaving the field to the next control, as from a scope editor
    if (e.key === 'Escape') {
      e.preventDefault();
      focusBeyond(ReactEditor.toDOMNode(editor, editor), 1);
      return;
    }
    // one history for the whole draft
    if (historyKey(e, history)) return;
    if (e.key === 'Enter') e.preventDefault();
  };

  return (
    <>
      <Slate editor={editor} initialValue={initial} onChange={handleChange}>
        <SelectionScope editor={editor}>
          <Editable
            className={`rich-field legal ${className ?? ''}`}
            aria-label={label}
            aria-multiline="false"
            aria-disabled={disabled || undefined}
            readOnly={disabled}
            renderElement={renderElement}
            onKeyDown={onKeyDown}
            onFocus={() => rememberRichEditor(editor, () => hostId)}
            onBlur={() => onLeave?.()}
            spellCheck
            lang="pl"
            placeholder={placeholder}
          />
        </SelectionScope>
      </Slate>
      {chips.dialog}
    </>
  );
});
