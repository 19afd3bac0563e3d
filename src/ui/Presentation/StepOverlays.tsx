import type { ConceptNode, NodeId } from '../../notes/concepts/model';
import type { ScreenName } from '../commands/commands';
import { HelpDialog } from '../Help/HelpDialog';
import type { ConceptSearch } from '../Search/search-index';
import { SearchDialog } from '../Search/SearchDialog';

export type StepOverlay = 'none' | 'goto' | 'help';

interface StepOverlaysProps {
  overlay: StepOverlay;
  /** The tour's concepts, searchable (G); null while the search code loads. */
  search: ConceptSearch | null;
  nodesById: ReadonlyMap<NodeId, ConceptNode>;
  /** The screen whose commands the help (?) lists. */
  screen: ScreenName;
  onGoTo(id: NodeId): void;
  onClose(): void;
}

/** The dialogs of the audience and the speaker screens: go to a concept (G) and help (?). */
export function StepOverlays({
  overlay,
  search,
  nodesById,
  screen,
  onGoTo,
  onClose,
}: StepOverlaysProps) {
  if (overlay === 'goto') {
    return (
      <SearchDialog
        search={search}
        nodesById={nodesById}
        onPick={(id) => {
          onClose();
          onGoTo(id);
        }}
        onClose={onClose}
      />
    );
  }
  if (overlay === 'help') return <HelpDialog screen={screen} onClose={onClose} />;
  return null;
}
