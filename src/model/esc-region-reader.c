/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which subdivision a region is, as it is read: its `code`, or the match of its name,
 * and a word where the regions map cannot show it or the election lists it twice. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "esc-dataset-reader-private.h"
#include "esc-subdivisions.h"
#include "esc-validate.h"

/* The country's name as iso-codes translates it, for messages. */
static const char *
country_name (const char *alpha2)
{
  const EscCountryInfo *info = esc_country_by_alpha2 (alpha2);

  return info ? g_dgettext ("iso_3166-1", info->name) : alpha2;
}

/* A given code must be one of the country's subdivisions, written as ISO 3166-2 writes
 * it: a code that does not resolve is a mistake the author can fix, not a guess. */
static gboolean
read_code (Context    *ctx,
           JsonObject *object,
           EscRegion  *region,
           const char *country)
{
  JsonNode *node = json_object_get_member (object, "code");
  const char *given = esc_reader_string (&ctx->reader, object, "code", FALSE);
  const char *code;

  /* Not a string: esc_reader_string() said so. */
  if (given == NULL)
    return node == NULL || JSON_NODE_HOLDS_NULL (node);
  code = esc_subdivision_find_code (country, given);
  if (code == NULL)
    {
      esc_reader_error_at (&ctx->reader, "code", "unknown-subdivision",
                           /* Translators: the first %s is what a dataset gives as a
                            * region's ISO 3166-2 code ("VE-V"), the second a country. */
                           _("“%s” is not the ISO 3166-2 code of a subdivision of %s."),
                           given, country_name (country));
      return FALSE;
    }
  if (strcmp (code, given) != 0)
    {
      esc_reader_error_at (&ctx->reader, "code", "unknown-subdivision",
                           /* Translators: two ISO 3166-2 codes, as given ("ve-v") and as
                            * the standard writes it ("VE-V"). */
                           _("“%s” is not written as ISO 3166-2 writes it: “%s”."), given, code);
      return FALSE;
    }
  region->code = code;
  return TRUE;
}

/* Where the regions map cannot show @region: it matches no subdivision, or the country
 * has a map without a shape for it. */
static void
warn_off_map (Context    *ctx,
              EscRegion  *region,
              const char *member,
              const char *country)
{
  if (region->code == NULL)
    esc_reader_warning_at (&ctx->reader, member, "region-not-on-map",
                           /* Translators: the first %s is a region's name as a dataset
                            * spells it, the second a country. */
                           _("“%s” matches no subdivision of %s, so the map cannot show "
                             "it; give its ISO 3166-2 code in “code”."),
                           region->name, country_name (country));
  else if (esc_subdivision_country_has_map (country) && !esc_subdivision_has_shape (region->code))
    esc_reader_warning_at (&ctx->reader, member, "region-not-on-map",
                           /* Translators: a region's name as a dataset spells it, its
                            * ISO 3166-2 code, and its country. */
                           _("“%s” (%s) has no shape on the map of %s, so the map cannot "
                             "show it."),
                           region->name, region->code, country_name (country));
}

/* A region the election lists already would be drawn once and counted twice: the same
 * subdivision however it is written, or, where none matches, the same name. @seen maps
 * each to the name it was first listed by; a code has a hyphen and a normalized name
 * never does, so one table holds both. */
static void
warn_repeated (Context    *ctx,
               EscRegion  *region,
               const char *member,
               GHashTable *seen)
{
  /* By land: La Rioja's community and its one province are one region twice. */
  g_autofree char *key = region->code ? g_strdup (esc_subdivision_get_land (region->code))
                                      : esc_subdivision_normalize (region->name);
  const char *first;

  /* A name of punctuation only is no name to compare. */
  if (key == NULL || *key == '\0')
    return;
  first = g_hash_table_lookup (seen, key);
  if (first == NULL)
    g_hash_table_insert (seen, g_steal_pointer (&key), g_strdup (region->name));
  else if (region->code != NULL)
    esc_reader_warning_at (&ctx->reader, member, "repeated-region",
                           /* Translators: a region's name as a dataset spells it, its
                            * ISO 3166-2 code, and the name of a region listed before it
                            * that is the same subdivision. */
                           _("“%s” is %s, which this election lists already as “%s”: "
                             "list each region once."),
                           region->name, region->code, first);
  else
    esc_reader_warning_at (&ctx->reader, member, "repeated-region",
                           /* Translators: a region's name as a dataset spells it, and
                            * the same name as a region listed before it spells it. */
                           _("“%s” is in this election already, as “%s”: list each "
                             "region once."),
                           region->name, first);
}

/**
 * esc_read_region_code:
 * @country: (nullable): the election's country, %NULL where it is not valid
 * @seen: the subdivisions and names of the election's regions read so far, for
 *   warn_repeated()
 *
 * Resolves @region's subdivision (esc_region_get_code()) from its `code`, or else its
 * name, and warns (`region-not-on-map`) where the regions map cannot show it: it
 * matches no subdivision, or the country has a map without a shape for it. A country
 * the app has no regions map of is no fault of the dataset's, and gets no warning.
 * Warns too (`repeated-region`) where the election lists the region already.
 */
void
esc_read_region_code (Context    *ctx,
                      JsonObject *object,
                      EscRegion  *region,
                      const char *country,
                      GHashTable *seen)
{
  gboolean given;

  if (country == NULL || !read_code (ctx, object, region, country) || region->name == NULL)
    return;
  given = region->code_written = region->code != NULL;
  if (!given)
    region->code = esc_subdivision_match (country, region->name);
  warn_off_map (ctx, region, given ? "code" : "name", country);
  warn_repeated (ctx, region, given ? "code" : "name", seen);
}
