import React, {useId, useState, type KeyboardEvent} from 'react';
import {useStorageSlot} from '@docusaurus/theme-common';

export interface TabPanel {
  value: string;
  label: string;
  content: React.ReactNode;
}

/**
 * Tabs with the theme's markup and look. The choice is kept in the theme Tabs' storage slot for the group, so it
 * follows the reader to every page and to every group with the same id. The theme's Tabs were a third of a code
 * page's own JavaScript. Every panel is in the static HTML; hidden ones carry `hidden`.
 */
export default function Tabs({groupId, panels}: {groupId: string; panels: TabPanel[]}): React.JSX.Element {
  const id = useId();
  // The stored choice is read after hydration (null while rendering on the server), as the theme's Tabs do.
  const [stored, slot] = useStorageSlot(`docusaurus.tab.${groupId}`);
  const [clicked, setClicked] = useState(panels[0]!.value);
  const selected = panels.some((p) => p.value === stored) ? stored! : clicked;
  const select = (value: string) => {
    setClicked(value);
    slot.set(value);
  };
  // Arrow keys, Home and End move the focus along the tabs; Enter, Space or a click selects.
  const moveFocus = (event: KeyboardEvent<HTMLLIElement>) => {
    const tabs = Array.from(event.currentTarget.parentElement!.children) as HTMLElement[];
    const at = tabs.indexOf(event.currentTarget);
    const target = {ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1}[event.key];
    if (target === undefined) return;
    event.preventDefault();
    tabs[(target + tabs.length) % tabs.length]!.focus();
  };
  return (
    <div className="tabs-container">
      <ul role="tablist" aria-orientation="horizontal" className="tabs">
        {panels.map((p) => (
          <li
            key={p.value}
            role="tab"
            id={`${id}-${p.value}`}
            aria-controls={`${id}-${p.value}-panel`}
            aria-selected={p.value === selected}
            tabIndex={p.value === selected ? 0 : -1}
            className={`tabs__item${p.value === selected ? ' tabs__item--active' : ''}`}
            onClick={() => select(p.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return moveFocus(event);
              event.preventDefault();
              select(p.value);
            }}>
            {p.label}
          </li>
        ))}
      </ul>
      <div className="margin-top--md">
        {panels.map((p) => (
          <div
            key={p.value}
            role="tabpanel"
            id={`${id}-${p.value}-panel`}
            aria-labelledby={`${id}-${p.value}`}
            hidden={p.value !== selected}>
            {p.content}
          </div>
        ))}
      </div>
    </div>
  );
}
