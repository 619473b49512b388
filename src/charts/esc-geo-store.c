/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one place maps come from. The geometry is compiled into the drawing core's own
 * GResource (`data/geo/`), so the window, the presenter, exports, the command line
 * and the tests share it without reaching into a widget. Each layer is decoded on
 * first use, once per process: the world's countries, and each country's regions,
 * only for the countries an election needs. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "esc-geo-resources.h"
#include "esc-geo-store.h"

#define GEO_PATH "/io/github/escrutinio/Escrutinio/geo/"

G_LOCK_DEFINE_STATIC (store);
static EscGeoLayer *world;
static gboolean world_read;   /* tried once: a broken file warns once, not per frame */
static GHashTable *regions;   /* alpha-2 → EscGeoLayer, or a NULL value where none */

static EscGeoLayer *
decode (const char  *path,
        EscGeoLayer *(*new_layer) (GBytes *, GError **))
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resource_lookup_data (esc_geo_get_resource (), path,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  EscGeoLayer *layer;

  if (bytes == NULL)
    return NULL;
  layer = new_layer (bytes, &error);
  /* The files ship with the app and are tested: a failure is a packaging bug. */
  if (layer == NULL)
    g_warning ("Cannot read the map %s: %s", path, error->message);
  return layer;
}

/**
 * esc_geo_store_get_world:
 *
 * Returns: (transfer none): the countries of the world, decoded on first use
 */
EscGeoLayer *
esc_geo_store_get_world (void)
{
  G_LOCK (store);
  if (!world_read)
    world = decode (GEO_PATH "world/countries-110m.json", esc_geo_layer_new_world);
  world_read = TRUE;
  G_UNLOCK (store);
  return world;
}

static gboolean
is_alpha2 (const char *code)
{
  return code != NULL && g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]) && code[2] == '\0';
}

/**
 * esc_geo_store_get_regions:
 * @alpha2: an ISO 3166-1 alpha-2 code
 *
 * Returns: (transfer none) (nullable): the first-level regions of the country, decoded
 *   on first use, or %NULL where the app has none
 */
EscGeoLayer *
esc_geo_store_get_regions (const char *alpha2)
{
  EscGeoLayer *layer = NULL;

  if (!is_alpha2 (alpha2))
    return NULL;

  G_LOCK (store);
  if (regions == NULL)
    regions = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_lookup_extended (regions, alpha2, NULL, (gpointer *) &layer))
    {
      g_autofree char *path = g_strdup_printf (GEO_PATH "regions/%s.json", alpha2);

      layer = decode (path, esc_geo_layer_new_regions);
      /* Kept for the life of the process, like the world: a few hundred KB at most. */
      g_hash_table_insert (regions, g_strdup (alpha2), layer);
    }
  G_UNLOCK (store);
  return layer;
}

/* Without decoding anything. */
gboolean
esc_geo_store_has_regions (const char *alpha2)
{
  g_autofree char *path = NULL;

  if (!is_alpha2 (alpha2))
    return FALSE;
  path = g_strdup_printf (GEO_PATH "regions/%s.json", alpha2);
  return g_resource_get_info (esc_geo_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The size of a country's regions file, decompressed. */
gsize
esc_geo_store_get_regions_size (const char *alpha2)
{
  g_autofree char *path = g_strdup_printf (GEO_PATH "regions/%s.json", alpha2);
  gsize size = 0;

  if (!g_resource_get_info (esc_geo_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, &size, NULL, NULL))
    return 0;
  return size;
}

/**
 * esc_geo_store_list_regions:
 *
 * Returns: (transfer full): the alpha-2 codes of the countries whose regions the app
 *   can draw, sorted
 */
char **
esc_geo_store_list_regions (void)
{
  g_auto(GStrv) names = g_resource_enumerate_children (esc_geo_get_resource (), GEO_PATH "regions/",
                                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  GPtrArray *codes = g_ptr_array_new ();

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".json"))
      g_ptr_array_add (codes, g_strndup (names[i], strlen (names[i]) - strlen (".json")));
  g_ptr_array_sort (codes, compare_strings);
  g_ptr_array_add (codes, NULL);
  return (char **) g_ptr_array_free (codes, FALSE);
}
