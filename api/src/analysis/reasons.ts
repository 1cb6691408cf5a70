import type { ActorMetrics, KeyActorMetric, NetworkAnalysis } from './analysis.types';
import { count, formatNumber, formatPercent, inAllLocales, type Locale } from './locale-format';
import type { Labels } from '../domain/categories';

/** What a reason may quote besides the actor's own metrics. */
export interface ReasonContext {
  analysis: Pick<NetworkAnalysis, 'actorCount' | 'betweenness'>;
  /** Share of the scope's actors with a lower value of the metric (0..1). */
  below: number;
}

/**
 * Plain-language reasons why an actor is key, in Finnish, Swedish and English, e.g.
 * "connects 6 categories and 3 clusters; on 24% of the shortest paths between other actors".
 * Louvain communities are called clusters (ryhmittymä, kluster) in the texts, because
 * "community" (yhteisö) is also a category of actor.
 */
export function keyActorReason(
  metric: KeyActorMetric,
  actor: ActorMetrics,
  context: ReasonContext,
): Labels {
  return inAllLocales((locale) => {
    const main = MAIN[metric](locale, actor, context);
    const extra =
      metric === 'BROKERAGE'
        ? actor.betweenness > 0
          ? onShortestPaths(locale, actor.betweenness, context)
          : null
        : actor.categoriesConnected >= 2
          ? connectsCategories(locale, actor.categoriesConnected)
          : null;
    return extra ? `${main}; ${extra}` : main;
  });
}

type Text = (locale: Locale, actor: ActorMetrics, context: ReasonContext) => string;

const MAIN: Record<KeyActorMetric, Text> = {
  DEGREE: (l, a) =>
    ({
      fi: `${a.degree === 1 ? 'suora yhteys' : 'suoria yhteyksiä'} ${formatNumber(l, a.degree)} toimijaan`,
      sv: `direkta band till ${count(l, a.degree, 'aktör', 'aktörer')}`,
      en: `tied directly to ${count(l, a.degree, 'actor', 'actors')}`,
    })[l],
  WEIGHTED_DEGREE: (l, a) =>
    ({
      fi: `yhteyksien yhteenlaskettu vahvuus ${formatNumber(l, a.weightedDegree)} (${count(l, a.degree, 'toimija', 'toimijaa')})`,
      sv: `band med sammanlagd styrka ${formatNumber(l, a.weightedDegree)} till ${count(l, a.degree, 'aktör', 'aktörer')}`,
      en: `ties of total strength ${formatNumber(l, a.weightedDegree)} to ${count(l, a.degree, 'actor', 'actors')}`,
    })[l],
  BETWEENNESS: (l, a, c) => onShortestPaths(l, a.betweenness, c),
  PAGERANK: (l, a, c) => {
    const ratio = formatNumber(l, a.pagerank * c.analysis.actorCount);
    return {
      fi: `PageRank ${ratio}-kertainen keskiarvoon nähden: yhteyksissä toimijoihin, joilla itsellään on paljon yhteyksiä`,
      sv: `PageRank ${ratio} gånger genomsnittet: band till aktörer som själva är välförbundna`,
      en: `PageRank ${ratio} times the average: tied to actors who are well connected themselves`,
    }[l];
  },
  CLOSENESS: (l, _a, c) =>
    ({
      fi: `lähempänä verkoston muita toimijoita kuin ${formatPercent(l, c.below)} muista toimijoista`,
      sv: `närmare nätverkets övriga aktörer än ${formatPercent(l, c.below)} av de andra aktörerna`,
      en: `closer to the rest of the network than ${formatPercent(l, c.below)} of the other actors`,
    })[l],
  EIGENVECTOR: (l, _a, c) =>
    ({
      fi: `yhteyksissä verkoston keskeisimpiin toimijoihin: ominaisvektorikeskeisyys suurempi kuin ${formatNumber(l, Math.floor(c.below * 100), 0)} prosentilla muista toimijoista`,
      sv: `band till nätverkets mest centrala aktörer: högre egenvektorcentralitet än ${formatPercent(l, c.below)} av de andra aktörerna`,
      en: `tied to the network's most central actors: higher eigenvector centrality than ${formatPercent(l, c.below)} of the other actors`,
    })[l],
  KCORE: (l, a) =>
    ({
      fi: `kuuluu tiiviiseen ytimeen, jossa jokaisella on vähintään ${count(l, a.kCore, 'yhteys', 'yhteyttä')} muihin ytimen toimijoihin`,
      sv: `hör till den täta kärnan där varje aktör har minst ${count(l, a.kCore, 'band', 'band')} till andra i kärnan`,
      en: `in the tightly knit core where every actor has at least ${count(l, a.kCore, 'tie', 'ties')} to others in it`,
    })[l],
  BROKERAGE: (l, a) =>
    ({
      fi: `yhdistää ${count(l, a.categoriesConnected, 'toimijaluokan', 'toimijaluokkaa')} ja ${count(l, a.communitiesConnected, 'ryhmittymän', 'ryhmittymää')}`,
      sv: `förbinder ${count(l, a.categoriesConnected, 'kategori', 'kategorier')} och ${count(l, a.communitiesConnected, 'kluster', 'kluster')}`,
      en: `connects ${count(l, a.categoriesConnected, 'category', 'categories')} and ${count(l, a.communitiesConnected, 'cluster', 'clusters')}`,
    })[l],
};

function onShortestPaths(l: Locale, betweenness: number, c: ReasonContext): string {
  const sampled = c.analysis.betweenness.mode === 'sampled';
  const share = formatPercent(l, betweenness);
  return {
    fi: `${sampled ? 'noin ' : ''}${share} muiden toimijoiden välisistä lyhimmistä poluista kulkee sen kautta`,
    sv: `ligger på ${sampled ? 'cirka ' : ''}${share} av de kortaste vägarna mellan andra aktörer`,
    en: `on ${sampled ? 'about ' : ''}${share} of the shortest paths between other actors`,
  }[l];
}

function connectsCategories(l: Locale, n: number): string {
  return {
    fi: `yhdistää ${count(l, n, 'toimijaluokan', 'toimijaluokkaa')}`,
    sv: `förbinder ${count(l, n, 'kategori', 'kategorier')}`,
    en: `connects ${count(l, n, 'category', 'categories')}`,
  }[l];
}
