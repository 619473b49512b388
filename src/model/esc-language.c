/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Languages as people name them: "Portuguese (Brazil)" for pt-BR, in the user's own
 * language through iso-codes' translations, instead of the tag. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "esc-language.h"
#include "esc-validate.h"

static int
compare_code (const void *key,
              const void *member)
{
  return strcmp (key, ((const EscLanguageInfo *) member)->code);
}

/* The region subtag of a tag ("BR" of "pt-BR"), where it is one: two letters. */
static char *
region_of (const char *tag)
{
  for (const char *p = strchr (tag, '-'); p != NULL; p = strchr (p + 1, '-'))
    if (strlen (p + 1) == 2 || (strlen (p + 1) > 2 && p[3] == '-'))
      if (g_ascii_isalpha (p[1]) && g_ascii_isalpha (p[2]))
        return g_ascii_strup (p + 1, 2);
  return NULL;
}

/**
 * esc_language_get_display_name:
 * @tag: a BCP 47 language tag, "pt-BR"
 *
 * Returns: (transfer full): the language's name in the user's language, with the
 *   country where the tag gives one ("portugués (Brasil)"); the tag itself where
 *   iso-codes does not know it
 */
char *
esc_language_get_display_name (const char *tag)
{
  g_autofree char *primary = NULL;
  g_autofree char *region = NULL;
  const EscLanguageInfo *info;
  const EscCountryInfo *country;
  const char *name;

  g_return_val_if_fail (tag != NULL, NULL);

  primary = g_ascii_strdown (tag, strcspn (tag, "-_"));
  info = bsearch (primary, esc_languages, esc_n_languages, sizeof *info, compare_code);
  if (info == NULL)
    return g_strdup (tag);
  name = g_dgettext ("iso_639-3", info->name);
  region = region_of (tag);
  country = region ? esc_country_by_alpha2 (region) : NULL;
  if (country == NULL)
    return g_strdup (name);
  /* Translators: a language and the country of its variety: "Portuguese (Brazil)". */
  return g_strdup_printf (_("%s (%s)"), name, g_dgettext ("iso_3166-1", country->name));
}
