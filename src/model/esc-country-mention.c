/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which country a passage speaks of, for prefilling a reaction cited from it: the
 * first country it names by iso-codes' names in the article's language or English, or
 * by the short forms articles use ("US", "EE. UU."), as whole words. */
#include "config.h"

#include <string.h>

#include "esc-country-mention.h"
#include "esc-party-mention.h"

/* Abbreviations, matched as written: "US" but not "us". */
static const struct { const char *alpha2; const char *text; } abbreviations[] = {
  { "US", "US" }, { "US", "USA" }, { "US", "U.S." }, { "US", "U.S.A." }, { "US", "EE. UU." },
  { "US", "EE.UU." }, { "US", "EEUU" }, { "US", "EUA" }, { "GB", "UK" }, { "GB", "U.K." },
  { "AE", "UAE" }, { "AE", "EAU" },
};

static gboolean
language_matches (const char *name_language,
                  const char *language)
{
  gsize primary = strcspn (language, "-_");

  if (g_str_equal (name_language, "en"))
    return TRUE;
  return g_ascii_strncasecmp (name_language, language, primary) == 0
         && (name_language[primary] == '\0' || name_language[primary] == '-');
}

/* Where @text first stands in @passage as written, between non-letters; -1 where not. */
static gssize
raw_position (const char *passage,
              const char *text)
{
  gsize n = strlen (text);

  for (const char *p = strstr (passage, text); p != NULL; p = strstr (p + 1, text))
    {
      gboolean starts = p == passage || !g_ascii_isalnum (p[-1]);
      gboolean ends = !g_ascii_isalnum (p[n]);

      if (starts && ends)
        return p - passage;
    }
  return -1;
}

typedef struct {
  const char *alpha2;
  gssize at;              /* in bytes of the passage, or of its folded form */
} Found;

static void
consider (Found      *best,
          const char *alpha2,
          gssize      at,
          const char *except)
{
  if (at < 0 || (except != NULL && g_ascii_strcasecmp (alpha2, except) == 0))
    return;
  if (best->at < 0 || at < best->at)
    best->at = at, best->alpha2 = alpha2;
}

/* The names, in the passage folded as esc_mention_fold() folds. */
static Found
find_names (const char *passage,
            const char *language,
            const char *except)
{
  g_autofree char *folded = esc_mention_fold (passage);
  Found best = { NULL, -1 };

  for (guint i = 0; i < esc_n_country_names; i++)
    {
      const EscCountryName *row = &esc_country_names[i];
      g_autofree char *name = NULL;
      const char *found;

      if (!language_matches (row->language, language))
        continue;
      name = esc_mention_fold (row->name);
      found = strlen (name) > 2 ? strstr (folded, name) : NULL;
      consider (&best, row->alpha2, found ? found - folded : -1, except);
    }
  return best;
}

/**
 * esc_country_mention_find:
 * @language: (nullable): the article's language tag; English names always count
 * @except: (nullable): a country not to give (the election's own, which reactions to
 *   it name throughout)
 *
 * Returns: (nullable): the alpha-2 code of the first country @passage names, static
 */
const char *
esc_country_mention_find (const char *passage,
                          const char *language,
                          const char *except)
{
  Found best;

  g_return_val_if_fail (passage != NULL, NULL);

  best = find_names (passage, language ? language : "en", except);
  for (gsize a = 0; a < G_N_ELEMENTS (abbreviations); a++)
    {
      gssize at = raw_position (passage, abbreviations[a].text);
      g_autofree char *before = at >= 0 ? g_strndup (passage, at) : NULL;
      g_autofree char *folded = before ? esc_mention_fold (before) : NULL;

      /* Where it stands in the folded passage, to compare with the names. */
      consider (&best, abbreviations[a].alpha2, folded ? (gssize) strlen (folded) - 1 : -1, except);
    }
  return best.alpha2;
}
