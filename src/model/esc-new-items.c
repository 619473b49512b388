/* SPDX-License-Identifier: GPL-3.0-or-later */
/* New objects for the user to fill in, made as the loader would have read them: ids
 * from names, every list there and empty. None is in a dataset until an edit puts it
 * there, except a new dataset's first election, which a dataset needs. */
#include "config.h"

#include <string.h>

#include "esc-model-private.h"
#include "esc-new-items.h"
#include "esc-party-mention.h"
#include "esc-validate.h"

/**
 * esc_make_id:
 * @taken: whether @owner has an item with that id already
 *
 * Returns: (transfer full): an id from @name: its words in lower case without accents,
 *   joined with '-', at most six of them (@fallback where that is no id, as of a name
 *   in another script), made unique with a number: "quien-gano-en-zulia",
 *   "article-2"
 */
char *
esc_make_id (const char *name,
             const char *fallback,
             EscIdTaken  taken,
             gpointer    owner)
{
  g_autofree char *folded = esc_mention_fold (name ? name : "");
  g_auto(GStrv) words = g_strsplit (g_strstrip (folded), " ", 7);
  g_autofree char *base = NULL;

  if (g_strv_length (words) > 6)
    g_clear_pointer (&words[6], g_free);
  base = g_strjoinv ("-", words);
  if (!esc_is_valid_id (base))
    {
      g_free (base);
      base = g_strdup (fallback);
    }
  for (guint n = 1;; n++)
    {
      g_autofree char *id = n == 1 ? g_strdup (base) : g_strdup_printf ("%s-%u", base, n);

      if (!taken (owner, id))
        return g_steal_pointer (&id);
    }
}

static gboolean
party_taken (gpointer    election,
             const char *id)
{
  return esc_election_lookup_party (election, id) != NULL;
}

/**
 * esc_new_party:
 *
 * Returns: (transfer full): a party of @election, not in it yet, with an id from @name
 */
EscParty *
esc_new_party (EscElection *election,
               const char  *name,
               EscBloc      bloc)
{
  EscParty *party = g_object_new (ESC_TYPE_PARTY, NULL);

  g_return_val_if_fail (ESC_IS_ELECTION (election), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  party->id = esc_make_id (name, "party", party_taken, election);
  party->name = esc_localized_text_new_plain (name);
  party->bloc = bloc;
  return party;
}

static gboolean
nothing_taken (gpointer    owner,
               const char *id)
{
  return FALSE;
}

/**
 * esc_new_dataset:
 * @country: an ISO 3166-1 alpha-2 code
 *
 * Returns: (transfer full): a dataset titled @title with one election and nothing
 *   else, for the user to add articles to and cite from
 */
EscDataset *
esc_new_dataset (const char      *title,
                 const char      *election_title,
                 const char      *country,
                 EscElectionKind  kind)
{
  EscDataset *dataset = esc_dataset_new ();
  g_autoptr(EscElection) election = g_object_new (ESC_TYPE_ELECTION, NULL);

  g_return_val_if_fail (title != NULL && election_title != NULL && country != NULL, NULL);

  dataset->title = esc_localized_text_new_plain (title);
  election->id = esc_make_id (election_title, "election", nothing_taken, NULL);
  election->country = g_strdup (country);
  election->kind = kind;
  election->title = esc_localized_text_new_plain (election_title);
  election->parties = g_ptr_array_new_with_free_func (g_object_unref);
  election->claims = g_ptr_array_new_with_free_func (g_object_unref);
  election->regions = g_ptr_array_new_with_free_func (g_object_unref);
  election->reactions = g_ptr_array_new_with_free_func (g_object_unref);
  g_list_store_append (dataset->elections, election);
  esc_dataset_refresh (dataset);
  return dataset;
}
