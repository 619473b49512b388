/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A tally's totals by region as an election of their own, for the regions map to draw:
 * each region won by the candidate who leads there, filled as strongly as that
 * candidate's share, in the colour of the party the candidate is. The stand-in is never
 * part of a dataset; only the map reads it. */
#include "config.h"

#include "esc-model-private.h"
#include "esc-subdivisions.h"
#include "esc-tally-map.h"
#include "esc-tally-private.h"

static EscRegion *
region_won (EscTally       *tally,
            EscElection    *election,
            EscTallyRegion *totals)
{
  EscRegion *region = g_object_new (ESC_TYPE_REGION, NULL);
  guint leader = 0;
  const char *party;

  for (guint c = 1; c < tally->candidates->len; c++)
    if (totals->votes[c] > totals->votes[leader])
      leader = c;
  party = g_array_index (tally->candidates, EscTallyCandidate, leader).party;
  region->name = g_strdup (totals->name);
  region->code = election->country != NULL ? esc_subdivision_match (election->country, totals->name) : NULL;
  region->outcome = ESC_OUTCOME_WON;
  region->party = party != NULL ? esc_election_lookup_party (election, party) : NULL;
  if (region->party != NULL)
    g_object_ref (region->party);
  region->bloc = region->party != NULL ? esc_party_get_bloc (region->party) : ESC_BLOC_OTHER;
  region->has_share = totals->valid > 0;
  region->share = totals->valid > 0 ? round (1000.0 * totals->votes[leader] / totals->valid) / 10 : 0;
  region->share_decimals = 1;
  region->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_source_unref);
  g_ptr_array_add (region->sources, esc_source_new_tally (tally));
  return region;
}

/**
 * esc_tally_map_election:
 *
 * Returns: (transfer full): a stand-in for @election whose regions are @tally's, each
 *   won by its leading candidate with that candidate's share
 */
EscElection *
esc_tally_map_election (EscTally    *tally,
                        EscElection *election)
{
  EscElection *map = g_object_new (ESC_TYPE_ELECTION, NULL);

  g_return_val_if_fail (ESC_IS_TALLY (tally), NULL);
  g_return_val_if_fail (ESC_IS_ELECTION (election), NULL);

  map->id = g_strdup (election->id);
  map->country = g_strdup (election->country);
  map->kind = election->kind;
  map->title = election->title != NULL ? esc_localized_text_ref (election->title) : NULL;
  map->parties = g_ptr_array_ref (election->parties);
  map->claims = g_ptr_array_new_with_free_func (g_object_unref);
  map->reactions = g_ptr_array_new_with_free_func (g_object_unref);
  map->regions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint r = 0; r < tally->regions->len; r++)
    g_ptr_array_add (map->regions, region_won (tally, election, g_ptr_array_index (tally->regions, r)));
  map->figures = esc_figures_new (map);
  return map;
}
