/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A counted tally into a dataset: the tally joins the dataset's `tallies`, and each
 * candidate that is one of the election's parties gets two claims of status
 * "computed", its votes and its share, whose source is the tally. One edit, undone in
 * one step. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "esc-edit-group.h"
#include "esc-edit-list.h"
#include "esc-model-private.h"
#include "esc-party-mention.h"
#include "esc-tally-import.h"
#include "esc-tally-private.h"

/* Each candidate's party, where its name mentions one of the election's: "Edmundo
 * González" or "GONZALEZ" is González's party. A candidate the user already gave a
 * party keeps it. */
void
esc_tally_guess_parties (EscTally    *tally,
                         EscElection *election)
{
  g_return_if_fail (ESC_IS_TALLY (tally));
  g_return_if_fail (ESC_IS_ELECTION (election));

  for (guint i = 0; i < tally->candidates->len; i++)
    {
      EscTallyCandidate *candidate = &g_array_index (tally->candidates, EscTallyCandidate, i);
      EscParty *party;

      if (candidate->party != NULL)
        continue;
      party = esc_party_mention_find (election, candidate->name);
      if (party != NULL)
        candidate->party = g_strdup (esc_party_get_id (party));
    }
}

static gboolean
claim_id_taken (EscElection *election,
                const char  *id)
{
  for (guint i = 0; i < election->claims->len; i++)
    if (g_strcmp0 (((EscClaim *) g_ptr_array_index (election->claims, i))->id, id) == 0)
      return TRUE;
  return FALSE;
}

static char *
free_tally_id (EscDataset *dataset)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("tally-%u", n);
      gboolean taken = FALSE;

      for (guint i = 0; i < dataset->tallies->len && !taken; i++)
        taken = g_strcmp0 (esc_tally_get_id (g_ptr_array_index (dataset->tallies, i)), id) == 0;
      if (!taken)
        return g_steal_pointer (&id);
    }
}

static EscClaim *
computed_claim (EscElection *election,
                EscTally    *tally,
                EscParty    *party,
                EscMeasure   measure)
{
  EscClaim *claim = g_object_new (ESC_TYPE_CLAIM, NULL);
  g_autofree char *base = g_strdup_printf ("%s-%s-%s", tally->id, esc_party_get_id (party),
                                           measure == ESC_MEASURE_VOTES ? "votes" : "share");
  gint64 votes = 0;

  for (guint i = 0; i < tally->candidates->len; i++)
    if (g_strcmp0 (g_array_index (tally->candidates, EscTallyCandidate, i).party, esc_party_get_id (party)) == 0)
      votes += g_array_index (tally->candidates, EscTallyCandidate, i).votes;

  claim->id = g_strdup (base);
  for (guint n = 2; claim_id_taken (election, claim->id); n++)
    {
      g_free (claim->id);
      claim->id = g_strdup_printf ("%s-%u", base, n);
    }
  claim->measure = measure;
  claim->subject = g_object_ref (party);
  if (measure == ESC_MEASURE_VOTES)
    {
      claim->value = (double) votes;
      claim->unit = ESC_UNIT_VOTES;
    }
  else
    {
      gint64 base_votes = esc_tally_get_share_base (tally);

      /* Two decimals, kept as computed: the writer writes 67.12, not 67.120000000000005. */
      claim->value = base_votes > 0 ? round (10000.0 * votes / base_votes) / 100 : 0;
      claim->value_decimals = 2;
      claim->unit = ESC_UNIT_PERCENT;
    }
  claim->qualifier = ESC_QUALIFIER_EXACT;
  claim->status = ESC_STATUS_COMPUTED;
  claim->claimant = g_object_new (ESC_TYPE_CLAIMANT, NULL);
  claim->claimant->kind = ESC_CLAIMANT_ANALYST;
  claim->claimant->name = esc_localized_text_new_plain (tally->file);
  if (tally->expected > 0)
    {
      claim->has_counted = TRUE;
      claim->counted = MIN (round (1000.0 * tally->used / tally->expected) / 10, 100);
      claim->counted_decimals = 1;
    }
  claim->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_source_unref);
  g_ptr_array_add (claim->sources, esc_source_new_tally (tally));
  return claim;
}

/* The parties the candidates are, each once, in the tally's order. */
static GPtrArray *
parties_of (EscTally    *tally,
            EscElection *election)
{
  GPtrArray *parties = g_ptr_array_new ();

  for (guint i = 0; i < tally->candidates->len; i++)
    {
      const char *id = g_array_index (tally->candidates, EscTallyCandidate, i).party;
      EscParty *party = id != NULL ? esc_election_lookup_party (election, id) : NULL;

      if (party != NULL && !g_ptr_array_find (parties, party, NULL))
        g_ptr_array_add (parties, party);
    }
  return parties;
}

/* The edit that adds @tally to @dataset and its computed claims to @election; @tally
 * gets an id if it has none. Candidates without a party are in the tally only. */
EscEdit *
esc_tally_import_edit (EscDataset  *dataset,
                       EscElection *election,
                       EscTally    *tally)
{
  EscEdit *group;
  g_autoptr(GPtrArray) parties = NULL;
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (ESC_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (ESC_IS_ELECTION (election), NULL);
  g_return_val_if_fail (ESC_IS_TALLY (tally), NULL);

  if (tally->id == NULL)
    tally->id = free_tally_id (dataset);
  group = esc_edit_group_new (_("Import Tally Sheets"));
  esc_edit_group_add (ESC_EDIT_GROUP (group), esc_edit_list_new_insert (dataset, "tallies", dataset->tallies->len, tally));
  parties = parties_of (tally, election);
  for (guint i = 0; i < parties->len; i++)
    for (EscMeasure measure = ESC_MEASURE_VOTE_SHARE; measure <= ESC_MEASURE_VOTES; measure++)
      g_ptr_array_add (claims, computed_claim (election, tally, g_ptr_array_index (parties, i), measure));
  /* Each at the end as the list is before the group: the last first, so that they end
   * up in order. */
  for (guint i = claims->len; i-- > 0;)
    esc_edit_group_add (ESC_EDIT_GROUP (group),
                        esc_edit_list_new_insert (election, "claims", election->claims->len, g_ptr_array_index (claims, i)));
  return group;
}
