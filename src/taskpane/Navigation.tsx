// The tab row, from the navigation data. Tabs that do not fit the pane's width move into a "Thêm (n)" menu at the end
// of the row (Fluent's Overflow), the selected tab always staying visible, so the row never clips or scrolls
// sideways however many views there are.
import * as React from "react";
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import type { NavEntry, View } from "./navigation";
import { S } from "./strings.vi";

function OverflowEntry({ entry, onSelect }: { entry: NavEntry; onSelect(view: View): void }): React.JSX.Element | null {
  const visible = useIsOverflowItemVisible(entry.id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(entry.id)}>{entry.label}</MenuItem>;
}

function OverflowMenu({ entries, onSelect }: { entries: readonly NavEntry[]; onSelect(view: View): void }): React.JSX.Element | null {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {/* role="tab" keeps the tablist's children tabs; aria-haspopup says it opens a menu. */}
        <Button appearance="transparent" size="small" ref={ref} role="tab" aria-haspopup="menu" className="nav-more">
          {S.nav.more(overflowCount)}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {entries.map((entry) => (
            <OverflowEntry key={entry.id} entry={entry} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function Navigation({ entries, selected, onSelect }: { entries: readonly NavEntry[]; selected: View; onSelect(view: View): void }): React.JSX.Element {
  return (
    <nav aria-label={S.nav.label} className="nav">
      <Overflow minimumVisible={1}>
        <TabList selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as View)} size="small">
          {entries.map((entry) => (
            <OverflowItem key={entry.id} id={entry.id} priority={entry.id === selected ? 2 : 1}>
              <Tab value={entry.id}>{entry.label}</Tab>
            </OverflowItem>
          ))}
          <OverflowMenu entries={entries} onSelect={onSelect} />
        </TabList>
      </Overflow>
    </nav>
  );
}
