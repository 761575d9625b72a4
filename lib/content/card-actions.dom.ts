/**
 * What the hover cards ask of the background (in the page UI's script): an actor's card, a
 * figure's other sources, and adding an unknown name to the fact base, after which every mark of
 * that name becomes the new actor's at once.
 */
import type { ActorType } from '../factbase/schema';
import { linkUnknownMarks } from '../marks/mark-names.dom';
import type { ActorCard, FigureCard } from '../messaging/views';
import { sendMessage } from '../platform/messages';
import { withAddedActor } from './page-state';
import type { Session } from './session.dom';

/** The cards' actions for one session. */
export interface CardActions {
  /** Loads a known actor's card. */
  loadActor: (actorId: string) => Promise<ActorCard | null>;
  /** Loads other sources' claims for a figure of the page. */
  loadFigure: (figureIndex: number) => Promise<FigureCard | null>;
  /** Adds an unknown actor to the fact base and turns its marks into the actor's. */
  addActor: (name: string, type: ActorType) => Promise<void>;
}

/** The cards' actions over the session's page. */
export function cardActions(session: Session): CardActions {
  return {
    loadActor: (actorId) => sendMessage('getActorCard', { actorId }),
    loadFigure: (figureIndex) => sendMessage('getFigureCard', { url: session.url, figureIndex }),
    addActor: async (name, type) => {
      const { actorId } = await sendMessage('addActor', { name, type });
      const state = session.state.get();
      if (!state.analysis || session.signal.aborted) return;
      const added = withAddedActor(state.analysis, name, actorId, type);
      linkUnknownMarks(session.doc, added.indexes, actorId);
      session.state.set({ ...session.state.get(), analysis: added.analysis });
    },
  };
}
