import { useEffect, useState } from 'react';
import type { KeyActorMetric } from '../../api/generated/graphql';
import { addToList, loadList, saveList, type ListedActor } from '../../panels/invitation-list';
import { GapsPanel } from '../../panels/GapsPanel';
import { KeyActorsPanel } from '../../panels/KeyActorsPanel';
import type { PanelName } from '../../url-state';
import type { AnalysisState } from './use-analysis';

interface AnalysisPanelsProps {
  panel: Exclude<PanelName, 'actor'>;
  scope: string;
  keyMetric: KeyActorMetric;
  analysis: AnalysisState;
  municipalityName(code: string | null): string;
  onKeyMetric(metric: KeyActorMetric): void;
  onProfile(id: string): void;
  onHover(ids: string[]): void;
  onFocus(id: string): void;
}

/** The key actor and gap panels, with the invitation list the gap panel fills. */
export function AnalysisPanels(props: AnalysisPanelsProps) {
  const { analysis, scope } = props;
  const [invitations, setInvitations] = useState<ListedActor[]>(() =>
    loadList(localStorage, scope),
  );
  useEffect(() => saveList(localStorage, scope, invitations), [scope, invitations]);

  if (props.panel === 'key') {
    return (
      <KeyActorsPanel
        metric={props.keyMetric}
        ranking={analysis.keyActors}
        onMetric={props.onKeyMetric}
        onHover={props.onHover}
        onFocus={props.onFocus}
      />
    );
  }
  return (
    <GapsPanel
      gaps={analysis.gaps}
      profiles={analysis.profiles}
      profileId={analysis.profileId}
      profileMissing={analysis.profileMissing}
      invitations={invitations}
      municipalityName={props.municipalityName}
      onProfile={props.onProfile}
      onFocus={props.onFocus}
      onHover={props.onHover}
      onInvite={(actor) => setInvitations((list) => addToList(list, actor))}
      onClearInvitations={() => setInvitations([])}
    />
  );
}
