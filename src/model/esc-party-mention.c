/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which party a passage names, for prefilling what is cited from it: the party whose
 * name, in any of its languages, short name, or a person's surname the passage gives
 * first, as whole words, without regard to case, accents or punctuation. */
#include "config.h"

#include <string.h>

#include "esc-party-mention.h"

/**
 * esc_mention_fold:
 *
 * Returns: (transfer full): @text casefolded, without accents, its punctuation and
 *   spaces as single spaces, with a space at each end: " partido socialista unido "
 */
char *
esc_mention_fold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (" ");

  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  if (out->str[out->len - 1] != ' ')
    g_string_append_c (out, ' ');
  return g_string_free (out, FALSE);
}

/* Where in @folded_passage @name first stands as whole words; -1 where it does not. */
static gssize
position_of (const char *folded_passage,
             const char *name)
{
  g_autofree char *folded = NULL;
  const char *found;

  if (name == NULL || g_utf8_strlen (name, -1) < 2)
    return -1;
  folded = esc_mention_fold (name);
  if (strcmp (folded, " ") == 0)
    return -1;
  found = strstr (folded_passage, folded);
  return found ? found - folded_passage : -1;
}

static void
keep_first (gssize *best,
            gssize  at)
{
  if (at >= 0 && (*best < 0 || at < *best))
    *best = at;
}

/* A name, and its forms apart from a note in parentheses: "Socialist party (ruling
 * party)" is also "Socialist party" and "ruling party", as articles write it. */
static gssize
name_position (const char *folded_passage,
               const char *name)
{
  const char *open = strchr (name, '('), *close = open ? strchr (open, ')') : NULL;
  gssize best = position_of (folded_passage, name);

  if (close != NULL)
    {
      g_autofree char *outside = g_strndup (name, open - name);
      g_autofree char *inside = g_strndup (open + 1, close - open - 1);
      g_autofree char *rest = g_strconcat (outside, close + 1, NULL);

      keep_first (&best, position_of (folded_passage, rest));
      keep_first (&best, position_of (folded_passage, inside));
    }
  return best;
}

/* The surname of a person's name, as articles call candidates ("Maduro", "Mr.
 * González"): the last of two to four words that each begin with a capital; NULL for
 * other names. */
static char *
surname (const char *name)
{
  g_auto(GStrv) words = name ? g_strsplit (name, " ", -1) : NULL;
  guint n = words ? g_strv_length (words) : 0;

  if (n < 2 || n > 4)
    return NULL;
  for (guint i = 0; i < n; i++)
    if (!g_unichar_isupper (g_utf8_get_char (words[i])))
      return NULL;
  return g_utf8_strlen (words[n - 1], -1) >= 3 ? g_strdup (words[n - 1]) : NULL;
}

static gssize
person_position (const char *folded_passage,
                 const char *name)
{
  g_autofree char *last = surname (name);
  gssize best = position_of (folded_passage, name);

  keep_first (&best, position_of (folded_passage, last));
  return best;
}

/* @people: the parties' names are people's, as in a presidential election, where the
 * "party" is the candidate: "Nicolás Maduro" is also "Maduro" (but "Partido Popular"
 * is not "Popular"). A candidate is always a person. */
static gssize
party_position (EscParty   *party,
                const char *folded_passage,
                gboolean    people)
{
  EscLocalizedText *name = esc_party_get_name (party);
  gssize best = position_of (folded_passage, esc_party_get_short_name (party));

  keep_first (&best, person_position (folded_passage, esc_party_get_candidate (party)));
  for (guint v = 0; name != NULL && v < esc_localized_text_get_n_variants (name); v++)
    {
      const char *variant = esc_localized_text_get_variant (name, v, NULL);

      keep_first (&best, people ? person_position (folded_passage, variant) : name_position (folded_passage, variant));
    }
  return best;
}

/**
 * esc_party_mention_find:
 * @election: whose parties to look for
 *
 * Returns: (transfer none) (nullable): the party @passage names first, or %NULL where
 *   it names none
 */
EscParty *
esc_party_mention_find (EscElection *election,
                        const char  *passage)
{
  g_autofree char *folded = NULL;
  EscParty *first = NULL;
  gssize first_at = -1;
  GPtrArray *parties;
  gboolean people;

  g_return_val_if_fail (ESC_IS_ELECTION (election) && passage != NULL, NULL);

  parties = esc_election_get_parties (election);
  people = esc_election_get_kind (election) == ESC_ELECTION_PRESIDENTIAL;
  folded = esc_mention_fold (passage);
  for (guint i = 0; i < parties->len; i++)
    {
      gssize at = party_position (g_ptr_array_index (parties, i), folded, people);

      if (at >= 0 && (first_at < 0 || at < first_at))
        first = g_ptr_array_index (parties, i), first_at = at;
    }
  return first;
}
