/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which ISO 3166-2 subdivision a region means: its code, or its name as the sources
 * spell it, matched against iso-codes, a few aliases and the maps' own names
 * (docs/dataset-format.md, "Matching regions"). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "esc-subdivisions.h"
#include "esc-subdivisions-table.h"

typedef struct {
  char country[3];
  const char *name;
  const char *code;
} Alias;

/* Names the sources use that neither iso-codes nor the maps may give: renamed
 * subdivisions, capitals known by their city's name, short forms of long official names,
 * and Peru's Spanish names where iso-codes gives the Quechua ones. Each is documented in
 * docs/dataset-format.md; keep the list short and every entry well known. */
static const Alias aliases[] = {
  { "VE", "Vargas", "VE-X" },                 /* renamed La Guaira in 2019 */
  { "VE", "Caracas", "VE-A" },
  { "VE", "Capital", "VE-A" },
  { "VE", "Bolivariano de Miranda", "VE-M" }, /* the official "Estado Bolivariano de Miranda" */
  { "MX", "CDMX", "MX-CMX" },
  { "MX", "Mexico City", "MX-CMX" },
  { "MX", "Distrito Federal", "MX-CMX" },     /* renamed Ciudad de México in 2016 */
  { "MX", "Coahuila", "MX-COA" },
  { "MX", "Michoacán", "MX-MIC" },
  { "MX", "Veracruz", "MX-VER" },
  { "CO", "Bogotá", "CO-DC" },
  { "CO", "Bogotá D.C.", "CO-DC" },
  { "CO", "San Andrés", "CO-SAP" },
  { "PE", "Lima Metropolitana", "PE-LMA" },
  { "PE", "Amazonas", "PE-AMA" },
  { "PE", "Apurímac", "PE-APU" },
  { "PE", "Junín", "PE-JUN" },
  { "PE", "Callao", "PE-CAL" },
  { "AR", "CABA", "AR-C" },
  { "AR", "Capital Federal", "AR-C" },
  { "AR", "Ciudad de Buenos Aires", "AR-C" },
  { "CL", "Aysén", "CL-AI" },
  { "CL", "O'Higgins", "CL-LI" },
  { "CL", "Metropolitana", "CL-RM" },
  { "PT", "Açores", "PT-20" },
  { "PT", "Azores", "PT-20" },
  { "PT", "Madeira", "PT-30" },
};

/* Words that say what kind of subdivision a name is ("Estado Zulia", "Edo. Zulia",
 * "Provincia de Buenos Aires", "State of Zulia", "Zulia State"), normalized; a name is
 * tried without them only when it does not match as it is. */
static const char * const kind_words[] = {
  "estado", "edo", "provincia", "prov", "departamento", "depto", "dpto", "region",
  "regiao", "distrito", "state", "province", "department", "district", NULL
};
static const char * const connectors[] = { "de", "del", "do", "da", "dos", "das", "of", NULL };
static const char * const trailing_kind_words[] = {
  "state", "province", "department", "region", "district", NULL
};

/* A name two subdivisions share at one level of precedence. */
#define AMBIGUOUS G_MAXUINT

static int
compare_country (const void *key,
                 const void *element)
{
  return strcmp (key, ((const EscSubdivisionCountry *) element)->alpha2);
}

static const EscSubdivisionCountry *
find_country (const char *alpha2)
{
  char key[3];

  if (alpha2 == NULL || !g_ascii_isalpha (alpha2[0]) || !g_ascii_isalpha (alpha2[1]) || alpha2[2] != '\0')
    return NULL;
  key[0] = g_ascii_toupper (alpha2[0]);
  key[1] = g_ascii_toupper (alpha2[1]);
  key[2] = '\0';
  return bsearch (key, esc_subdivision_countries, esc_n_subdivision_countries,
                  sizeof (EscSubdivisionCountry), compare_country);
}

static int
compare_info (const void *key,
              const void *element)
{
  return strcmp (key, ((const EscSubdivisionInfo *) element)->code);
}

/* @code in any case and without spaces around, as "XX-Y" to "XX-YYY". */
static const EscSubdivisionInfo *
find_info (const char *code,
           gsize       length)
{
  char key[7];
  const EscSubdivisionCountry *country;

  if (length < 4 || length > 6 || code[2] != '-')
    return NULL;
  for (gsize i = 0; i < length; i++)
    key[i] = g_ascii_toupper (code[i]);
  key[length] = '\0';
  key[2] = '\0';
  country = find_country (key);
  key[2] = '-';
  if (country == NULL)
    return NULL;
  return bsearch (key, esc_subdivisions + country->first, country->n,
                  sizeof (EscSubdivisionInfo), compare_info);
}

/* Casefolded, decomposed, without accents, and with each run of anything that is not a
 * letter or a digit made one space: "Edo. Zulia" is "edo zulia". NULL for text that is
 * not UTF-8. */
static char *
words_of (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *words;

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;
  /* Casefolding first: it may give letters with marks ("İ" is "i̇"), dropped below. */
  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  words = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (words, c);
      else if (!g_unichar_ismark (c) && words->len > 0 && words->str[words->len - 1] != ' ')
        g_string_append_c (words, ' ');
    }
  if (words->len > 0 && words->str[words->len - 1] == ' ')
    g_string_truncate (words, words->len - 1);
  return g_string_free (words, FALSE);
}

static char *
key_of_words (const char *words,
              gsize       length)
{
  char *key = g_malloc (length + 1);
  gsize n = 0;

  for (gsize i = 0; i < length; i++)
    if (words[i] != ' ')
      key[n++] = words[i];
  key[n] = '\0';
  return key;
}

/**
 * esc_subdivision_normalize:
 * @text: a name
 *
 * Returns: (transfer full) (nullable): @text as names are compared: decomposed,
 *   without accents, casefolded, letters and digits only ("San Luis Potosí" and
 *   "SAN-LUIS POTOSI" are both "sanluispotosi"); %NULL if @text is not UTF-8
 */
char *
esc_subdivision_normalize (const char *text)
{
  g_autofree char *words = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  words = words_of (text);
  return words ? key_of_words (words, strlen (words)) : NULL;
}

/* Which of two subdivisions (index + 1, or AMBIGUOUS) a name they share means: the
 * whole where one is the only part of the other (La Rioja, the community and its one
 * province, are the same land); otherwise neither. */
static guint
one_of (guint a,
        guint b)
{
  if (a == AMBIGUOUS || b == AMBIGUOUS)
    return AMBIGUOUS;
  if (g_strcmp0 (esc_subdivisions[a - 1].sole_part_of, esc_subdivisions[b - 1].code) == 0)
    return b;
  if (g_strcmp0 (esc_subdivisions[b - 1].sole_part_of, esc_subdivisions[a - 1].code) == 0)
    return a;
  return AMBIGUOUS;
}

static void
level_add (GHashTable *level,
           const char *name,
           guint       index)
{
  char *key = esc_subdivision_normalize (name);
  gpointer found;

  if (key == NULL || *key == '\0')
    {
      g_free (key);
      return;
    }
  if (!g_hash_table_lookup_extended (level, key, NULL, &found))
    g_hash_table_insert (level, key, GUINT_TO_POINTER (index + 1));
  else if (GPOINTER_TO_UINT (found) != index + 1)
    g_hash_table_insert (level, key, GUINT_TO_POINTER (one_of (GPOINTER_TO_UINT (found), index + 1)));
  else
    g_free (key);
}

static void
level_add_list (GHashTable *level,
                const char *names,
                guint       index)
{
  for (const char *name = names; name != NULL && *name != '\0'; name += strlen (name) + 1)
    level_add (level, name, index);
}

/* The names of @level that no earlier level has join @names; a name two subdivisions
 * share here is left for the next level to decide. Frees @level. */
static void
merge_level (GHashTable *names,
             GHashTable *level)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, level);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) != AMBIGUOUS && !g_hash_table_contains (names, key))
      {
        g_hash_table_iter_steal (&iter);
        g_hash_table_insert (names, key, value);
      }
  g_hash_table_unref (level);
}

static GHashTable *
new_level (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Normalized name → index + 1 in esc_subdivisions, by precedence: iso-codes' names,
 * aliases, the other forms of iso-codes' names, the maps' names, their alternative
 * names. The forms come after the whole names, so that "Sofia (stolitsa)" does not take
 * "Sofia" from the province of that name, and after the aliases, which are chosen. */
static GHashTable *
build_names (const EscSubdivisionCountry *country)
{
  GHashTable *names = new_level ();
  GHashTable *level = new_level ();
  guint end = country->first + country->n;

  for (guint i = country->first; i < end; i++)
    level_add (level, esc_subdivisions[i].name, i);
  merge_level (names, level);

  level = new_level ();
  for (gsize a = 0; a < G_N_ELEMENTS (aliases); a++)
    if (strcmp (aliases[a].country, country->alpha2) == 0)
      {
        const EscSubdivisionInfo *info = find_info (aliases[a].code, strlen (aliases[a].code));

        g_assert (info != NULL);
        level_add (level, aliases[a].name, info - esc_subdivisions);
      }
  merge_level (names, level);

  level = new_level ();
  for (guint i = country->first; i < end; i++)
    level_add_list (level, esc_subdivisions[i].name_variants, i);
  merge_level (names, level);

  level = new_level ();
  for (guint i = country->first; i < end; i++)
    level_add_list (level, esc_subdivisions[i].map_names, i);
  merge_level (names, level);

  level = new_level ();
  for (guint i = country->first; i < end; i++)
    level_add_list (level, esc_subdivisions[i].map_alt_names, i);
  merge_level (names, level);

  return names;
}

/* Each country's names are normalized on its first match, once per process: datasets
 * load on worker threads, and a dataset of one country never pays for the others. */
static GHashTable *
country_names (const EscSubdivisionCountry *country)
{
  static GHashTable *tables[26 * 26];
  GHashTable **slot;

  g_assert (g_ascii_isupper (country->alpha2[0]) && g_ascii_isupper (country->alpha2[1]));
  slot = &tables[(country->alpha2[0] - 'A') * 26 + (country->alpha2[1] - 'A')];
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, build_names (country));
  return *slot;
}

static const char *
lookup_words (GHashTable *names,
              const char *words,
              gsize       length)
{
  g_autofree char *key = key_of_words (words, length);
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (names, key));

  return index > 0 ? esc_subdivisions[index - 1].code : NULL;
}

/* @words after the word @word and a space, or NULL. */
static const char *
after_word (const char *words,
            const char *word)
{
  gsize length = strlen (word);

  return strncmp (words, word, length) == 0 && words[length] == ' ' ? words + length + 1 : NULL;
}

/* The second try: without a leading word of kind_words (and a connector after it), or
 * else without a trailing one of trailing_kind_words. */
static const char *
lookup_without_kind (GHashTable *names,
                     const char *words)
{
  gsize length = strlen (words);

  for (guint k = 0; kind_words[k] != NULL; k++)
    {
      const char *rest = after_word (words, kind_words[k]);
      const char *found = NULL;

      if (rest == NULL)
        continue;
      for (guint c = 0; connectors[c] != NULL && found == NULL; c++)
        {
          const char *name = after_word (rest, connectors[c]);

          if (name != NULL)
            found = lookup_words (names, name, strlen (name));
        }
      if (found == NULL)
        found = lookup_words (names, rest, strlen (rest));
      if (found != NULL)
        return found;
    }

  for (guint k = 0; trailing_kind_words[k] != NULL; k++)
    {
      gsize word = strlen (trailing_kind_words[k]);

      if (length > word + 1 && words[length - word - 1] == ' '
          && strcmp (words + length - word, trailing_kind_words[k]) == 0)
        return lookup_words (names, words, length - word - 1);
    }
  return NULL;
}

/**
 * esc_subdivision_find_code:
 * @country_alpha2: an ISO 3166-1 alpha-2 code
 * @code: an ISO 3166-2 code in any case, such as "VE-Z" or "ve-z"
 *
 * Returns: (nullable): the code as ISO 3166-2 writes it, if iso-codes lists it as a
 *   subdivision of @country_alpha2
 */
const char *
esc_subdivision_find_code (const char *country_alpha2,
                           const char *code)
{
  const EscSubdivisionInfo *info;

  g_return_val_if_fail (country_alpha2 != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);

  info = find_info (code, strlen (code));
  if (info == NULL || g_ascii_strncasecmp (info->code, country_alpha2, 2) != 0
      || strlen (country_alpha2) != 2)
    return NULL;
  return info->code;
}

/**
 * esc_subdivision_match:
 * @country_alpha2: the country the region is in
 * @name_or_code: the region's ISO 3166-2 code, or its name as the sources spell it
 *
 * Which subdivision of @country_alpha2 @name_or_code means: a code in any case, or else
 * a name, compared as esc_subdivision_normalize() makes it, against iso-codes' names,
 * then the aliases, then the other forms of iso-codes' names ("Cataluña" of "Catalunya
 * [Cataluña]"), then the maps' names, then their alternative names; a name two
 * subdivisions share at one of these levels is left to the next. A name that does not
 * match is tried once more without a word such as "Estado" or "Provincia de".
 *
 * Returns: (nullable): the subdivision's code, such as "VE-Z"; %NULL where nothing, or
 *   more than one subdivision, matches
 */
const char *
esc_subdivision_match (const char *country_alpha2,
                       const char *name_or_code)
{
  const EscSubdivisionCountry *country;
  g_autofree char *trimmed = NULL;
  g_autofree char *words = NULL;
  GHashTable *names;
  const char *found;

  g_return_val_if_fail (country_alpha2 != NULL, NULL);
  g_return_val_if_fail (name_or_code != NULL, NULL);

  country = find_country (country_alpha2);
  if (country == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (name_or_code));
  found = esc_subdivision_find_code (country->alpha2, trimmed);
  if (found != NULL)
    return found;

  words = words_of (name_or_code);
  if (words == NULL || *words == '\0')
    return NULL;
  names = country_names (country);
  found = lookup_words (names, words, strlen (words));
  return found ? found : lookup_without_kind (names, words);
}

/**
 * esc_subdivision_has_shape:
 * @code: an ISO 3166-2 code
 *
 * Returns: whether a regions map draws @code whole, as a shape of its own or by every
 *   part iso-codes lists for it
 */
gboolean
esc_subdivision_has_shape (const char *code)
{
  const EscSubdivisionInfo *info;

  g_return_val_if_fail (code != NULL, FALSE);

  info = find_info (code, strlen (code));
  return info != NULL && info->has_shape;
}

/**
 * esc_subdivision_get_land:
 *
 * Returns: the code that stands for the land @code covers: the whole it is the only
 *   part of (ES-RI for ES-LO, La Rioja's one province), else @code itself, as given
 */
const char *
esc_subdivision_get_land (const char *code)
{
  const EscSubdivisionInfo *info;

  g_return_val_if_fail (code != NULL, NULL);

  info = find_info (code, strlen (code));
  return info != NULL && info->sole_part_of != NULL ? info->sole_part_of : code;
}

/**
 * esc_subdivision_country_has_map:
 * @country_alpha2: an ISO 3166-1 alpha-2 code
 *
 * Returns: whether the app has a map of the regions of @country_alpha2
 */
gboolean
esc_subdivision_country_has_map (const char *country_alpha2)
{
  const EscSubdivisionCountry *country;

  g_return_val_if_fail (country_alpha2 != NULL, FALSE);

  country = find_country (country_alpha2);
  return country != NULL && country->has_map;
}

/**
 * esc_subdivision_get_name:
 * @code: an ISO 3166-2 code
 *
 * Returns: (nullable): iso-codes' name of @code, untranslated ("Zulia"), or %NULL if
 *   iso-codes does not know @code
 */
const char *
esc_subdivision_get_name (const char *code)
{
  const EscSubdivisionInfo *info;

  g_return_val_if_fail (code != NULL, NULL);

  info = find_info (code, strlen (code));
  return info ? info->name : NULL;
}

/**
 * esc_subdivision_get_display_name:
 * @code: an ISO 3166-2 code
 *
 * Returns: (nullable): iso-codes' name of @code in the reader's language, where
 *   iso-codes translates it
 */
const char *
esc_subdivision_get_display_name (const char *code)
{
  const char *name;

  g_return_val_if_fail (code != NULL, NULL);

  name = esc_subdivision_get_name (code);
  return name ? g_dgettext ("iso_3166-2", name) : NULL;
}
