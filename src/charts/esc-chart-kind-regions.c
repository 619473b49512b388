/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the map of regions holds: a mark per region of the election, in reading order
 * (north to south in bands, west to east within a band), those the map has no shape
 * for last; a legend entry per winner and per outcome, listing its regions, which is
 * also what the accessible description reads. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "esc-chart-private.h"
#include "esc-chart-text.h"
#include "esc-geo-store.h"
#include "esc-subdivisions.h"

/* Regions whose centres lie within this share of the country's height read as one
 * line, west to east. */
#define READING_BAND 0.2

/**
 * esc_chart_region_shapes:
 *
 * Returns: (transfer container) (element-type EscGeoFeature): the shapes @region is
 *   drawn with in @layer: its own, or its parts' where the map has only those (a
 *   Spanish community by its provinces), or none
 */
GPtrArray *
esc_chart_region_shapes (EscRegion   *region,
                         EscGeoLayer *layer)
{
  const char *code = esc_region_get_code (region);
  const EscGeoFeature *own = code != NULL ? esc_geo_layer_lookup (layer, code) : NULL;
  GPtrArray *shapes = g_ptr_array_new ();

  if (own != NULL)
    g_ptr_array_add (shapes, (gpointer) own);
  /* Only where the parts make the whole: Northern Ireland is not two of its districts. */
  else if (code == NULL || !esc_subdivision_has_shape (code))
    return shapes;
  for (guint i = 0; own == NULL && i < esc_geo_layer_get_n_features (layer); i++)
    if (g_strcmp0 (esc_geo_layer_get_feature (layer, i)->parent, code) == 0)
      g_ptr_array_add (shapes, (gpointer) esc_geo_layer_get_feature (layer, i));
  return shapes;
}

/* Where a region sits, for reading order: the middle of its largest ring's bounds. */
static gboolean
shapes_middle (GPtrArray *shapes,
               double    *lon,
               double    *lat)
{
  GArray *largest = NULL;
  double west = G_MAXDOUBLE, east = -G_MAXDOUBLE, south = G_MAXDOUBLE, north = -G_MAXDOUBLE;

  for (guint f = 0; f < shapes->len; f++)
    {
      const EscGeoFeature *feature = g_ptr_array_index (shapes, f);

      for (guint r = 0; r < feature->rings->len; r++)
        if (largest == NULL || ((GArray *) g_ptr_array_index (feature->rings, r))->len > largest->len)
          largest = g_ptr_array_index (feature->rings, r);
    }
  if (largest == NULL)
    return FALSE;
  for (guint p = 0; p < largest->len; p++)
    {
      EscLonLat *point = &g_array_index (largest, EscLonLat, p);

      west = MIN (west, point->lon), east = MAX (east, point->lon);
      south = MIN (south, point->lat), north = MAX (north, point->lat);
    }
  *lon = (west + east) / 2;
  *lat = (south + north) / 2;
  return TRUE;
}

typedef struct {
  EscRegion *region;
  gboolean placed;
  double lon;
  double lat;
  guint band;
  guint index;
} Placed;

/* Placed regions before the others, which keep the dataset's order. */
static int
compare_unplaced (const Placed *pa,
                  const Placed *pb)
{
  if (pa->placed != pb->placed)
    return pa->placed ? -1 : 1;
  return pa->index < pb->index ? -1 : pa->index > pb->index;
}

static int
compare_north_first (gconstpointer a,
                     gconstpointer b)
{
  const Placed *pa = a, *pb = b;

  if (pa->placed && pb->placed && pa->lat != pb->lat)
    return pa->lat > pb->lat ? -1 : 1;
  return compare_unplaced (pa, pb);
}

static int
compare_reading (gconstpointer a,
                 gconstpointer b)
{
  const Placed *pa = a, *pb = b;

  if (pa->placed && pb->placed && pa->band != pb->band)
    return pa->band < pb->band ? -1 : 1;
  if (pa->placed && pb->placed && pa->lon != pb->lon)
    return pa->lon < pb->lon ? -1 : 1;
  return compare_unplaced (pa, pb);
}

/* The height of the country the bands divide: from the regions' middles, leaving
 * out the tenth furthest north and south, so that far islands (the Canaries, Hawaii)
 * do not stretch every band. */
static double
reading_span (GArray *placed)
{
  g_autoptr(GArray) lats = g_array_new (FALSE, FALSE, sizeof (double));
  guint trim;

  for (guint i = 0; i < placed->len; i++)
    if (g_array_index (placed, Placed, i).placed)
      g_array_append_val (lats, g_array_index (placed, Placed, i).lat);
  if (lats->len == 0)
    return 0;
  g_array_sort (lats, esc_compare_doubles);
  trim = lats->len / 10;
  return g_array_index (lats, double, lats->len - 1 - trim) - g_array_index (lats, double, trim);
}

/* Bands from the north: a region starts a new band when it lies further south than
 * the band's first region by READING_BAND of the span; within a band, west to east. */
static GArray *
reading_order (GPtrArray   *regions,
               EscGeoLayer *layer)
{
  GArray *placed = g_array_sized_new (FALSE, TRUE, sizeof (Placed), regions->len);
  double span, band_top = 0;
  guint band = 0;

  for (guint i = 0; i < regions->len; i++)
    {
      Placed item = { .region = g_ptr_array_index (regions, i), .index = i };

      g_autoptr(GPtrArray) shapes = esc_chart_region_shapes (item.region, layer);

      item.placed = shapes_middle (shapes, &item.lon, &item.lat);
      g_array_append_val (placed, item);
    }

  span = reading_span (placed);
  g_array_sort (placed, compare_north_first);
  for (guint i = 0; i < placed->len && g_array_index (placed, Placed, i).placed; i++)
    {
      Placed *item = &g_array_index (placed, Placed, i);

      if (i == 0 || band_top - item->lat > span * READING_BAND)
        band_top = item->lat, band++;
      item->band = band;
    }
  g_array_sort (placed, compare_reading);
  return placed;
}

static const char *
winner_name (EscRegion *region)
{
  EscParty *party = esc_region_get_party (region);

  return party ? esc_text_party (party) : esc_text_bloc (esc_region_get_bloc (region));
}

/* @drawn_as: where the region's shape shows another region (the dataset names one
 * twice), that region's name; @on_map FALSE where the map has no shape for it. */
static void
add_region_mark (EscChart   *self,
                 EscRegion  *region,
                 gboolean    on_map,
                 const char *drawn_as)
{
  EscRegionOutcome outcome = esc_region_get_outcome (region);
  EscChartMark *mark = esc_chart_add_mark (self, outcome == ESC_OUTCOME_WON ? esc_region_get_party (region) : NULL);
  double share;
  guint decimals;

  mark->label = g_strdup (esc_region_get_name (region));
  mark->value = 1;
  mark->seats = 1;
  switch (outcome)
    {
    case ESC_OUTCOME_WON:
      mark->style = ESC_MARK_SOLID;
      mark->has_bloc = TRUE;
      mark->bloc = esc_region_get_bloc (region);
      if (esc_region_get_share (region, &share, &decimals))
        {
          g_autofree char *percent = esc_text_number (share, ESC_UNIT_PERCENT, decimals);

          /* Translators: a region on the map of regions: "won by PSUV, with 57.3%". */
          mark->value_text = g_strdup_printf (_("won by %s, with %s"), winner_name (region), percent);
        }
      else
        /* Translators: a region on the map of regions: "won by PSUV". */
        mark->value_text = g_strdup_printf (_("won by %s"), winner_name (region));
      break;
    case ESC_OUTCOME_DISPUTED:
      mark->style = ESC_MARK_IN_DOUBT;
      mark->value_text = g_strdup (_("the result is disputed"));
      break;
    case ESC_OUTCOME_PENDING:
    default:
      mark->style = ESC_MARK_UNREPORTED;
      mark->value_text = g_strdup (_("the result is pending"));
      break;
    }
  if (drawn_as != NULL)
    /* Translators: said of a region a dataset names twice: its shape shows the first. */
    mark->detail = g_strdup_printf (_("not on the map: its shape shows %s"), drawn_as);
  else
    /* Translators: said of a region the app has no shape for. */
    mark->detail = g_strdup (on_map ? "" : _("not on the map"));
  esc_chart_mark_add_region (self, mark, region);
}

/* Which legend entry a mark belongs to: its winner, or its outcome. */
static char *
entry_key (const EscChartMark *mark)
{
  if (mark->style != ESC_MARK_SOLID)
    return g_strdup_printf ("outcome:%d", mark->style);
  if (mark->party != NULL)
    return g_strdup_printf ("party:%p", (void *) mark->party);
  return g_strdup_printf ("bloc:%d", mark->bloc);
}

static const char *
entry_label (const EscChartMark *mark)
{
  switch (mark->style)
    {
    case ESC_MARK_SOLID:
      return mark->party ? esc_text_party (mark->party) : esc_text_bloc (mark->bloc);
    case ESC_MARK_IN_DOUBT:
      return _("Disputed");
    case ESC_MARK_UNREPORTED:
    default:
      return _("Pending");
    }
}

typedef struct {
  guint first_mark;
  guint count;
  GString *names;
} Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      chart)
{
  const Entry *ea = a, *eb = b;
  const EscChartMark *ma = esc_chart_get_mark (chart, ea->first_mark), *mb = esc_chart_get_mark (chart, eb->first_mark);

  /* Winners, most regions first; then pending, then disputed. */
  if ((ma->style == ESC_MARK_SOLID) != (mb->style == ESC_MARK_SOLID))
    return ma->style == ESC_MARK_SOLID ? -1 : 1;
  if (ma->style != mb->style)
    return ma->style == ESC_MARK_UNREPORTED ? -1 : 1;
  if (ea->count != eb->count)
    return ea->count > eb->count ? -1 : 1;
  return ea->first_mark < eb->first_mark ? -1 : ea->first_mark > eb->first_mark;
}

/* One entry per winner and per unsettled outcome, its regions in reading order. */
static GArray *
gather_entries (EscChart *self)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (Entry));

  for (guint i = 0; i < self->marks->len; i++)
    {
      const EscChartMark *mark = &g_array_index (self->marks, EscChartMark, i);
      char *key = entry_key (mark);
      gpointer found;
      Entry *entry;

      if (!g_hash_table_lookup_extended (by_key, key, NULL, &found))
        {
          Entry fresh = { .first_mark = i, .names = g_string_new (NULL) };

          g_array_append_val (entries, fresh);
          found = GUINT_TO_POINTER (entries->len);
          g_hash_table_insert (by_key, key, found);
        }
      else
        g_free (key);
      entry = &g_array_index (entries, Entry, GPOINTER_TO_UINT (found) - 1);
      if (entry->count++ < ESC_CHART_NAMED_REGIONS)
        g_string_append_printf (entry->names, "%s%s", entry->names->len ? ", " : "", mark->label);
    }
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      esc_chart_append_more (entry->names, entry->count, ESC_CHART_NAMED_REGIONS);
    }
  g_array_sort_with_data (entries, compare_entries, self);
  return entries;
}

/* The legend, and the reading: "PSUV 3, MUD 1; pending: Barinas, Apure; not on the
 * map: Atlantis." */
static void
add_legend_and_reading (EscChart *self)
{
  g_autoptr(GArray) entries = gather_entries (self);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) missing = g_string_new (NULL);
  guint winners = 0, n_missing = 0;

  /* Winners come first in @entries, then the outcomes still open. */
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      const EscChartMark *mark = &g_array_index (self->marks, EscChartMark, entry->first_mark);

      if (mark->style == ESC_MARK_SOLID && winners++ < ESC_CHART_READING_PARTS)
        g_string_append_printf (text, "%s%s %u", text->len ? ", " : "", entry_label (mark), entry->count);
      if (mark->style != ESC_MARK_SOLID || i + 1 == entries->len)
        esc_chart_append_more (text, winners, ESC_CHART_READING_PARTS), winners = 0;
      if (mark->style != ESC_MARK_SOLID)
        /* Translators: a part of the reading of the map of regions: "pending: Barinas, Apure". */
        g_string_append_printf (text, "%s%s%s", text->len ? "; " : "",
                                mark->style == ESC_MARK_IN_DOUBT ? _("disputed: ") : _("pending: "), entry->names->str);
      esc_chart_add_legend_entry (self, g_strdup (entry_label (mark)),
                                  /* Translators: how many regions a legend entry of the map of regions covers. */
                                  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u region", "%u regions", entry->count),
                                                   entry->count),
                                  g_string_free (entry->names, FALSE), entry->first_mark);
    }

  for (guint i = 0; i < self->marks->len; i++)
    {
      const EscChartMark *mark = &g_array_index (self->marks, EscChartMark, i);

      if (mark->detail[0] != '\0' && n_missing++ < ESC_CHART_NAMED_REGIONS)
        g_string_append_printf (missing, "%s%s", missing->len ? ", " : "", mark->label);
    }
  esc_chart_append_more (missing, n_missing, ESC_CHART_NAMED_REGIONS);
  if (missing->len > 0)
    /* Translators: the end of the reading of the map of regions. */
    g_string_append_printf (text, _("; not on the map: %s"), missing->str);
  g_string_append_c (text, '.');
  self->reading = g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * esc_chart_regions_new:
 *
 * Returns: (nullable): the map of @election's regions, where it names any and the app
 *   has the shapes of its country's regions
 */
EscChart *
esc_chart_regions_new (EscElection *election)
{
  GPtrArray *regions = esc_election_get_regions (election);
  EscGeoLayer *layer;
  g_autoptr(GArray) placed = NULL;
  g_autoptr(GHashTable) drawn = g_hash_table_new (g_str_hash, g_str_equal);   /* code → EscRegion */
  EscChart *self;

  if (regions->len == 0 || !esc_geo_store_has_regions (esc_election_get_country (election)))
    return NULL;
  layer = esc_geo_store_get_regions (esc_election_get_country (election));
  if (layer == NULL)
    return NULL;

  self = esc_chart_new_empty (election, ESC_CHART_REGIONS, "regions");
  /* Translators: the title of the map of an election's regions. */
  self->title = g_strdup (_("Who won where"));
  placed = reading_order (regions, layer);
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *item = &g_array_index (placed, Placed, i);
      const char *code = esc_region_get_code (item->region);
      const char *land = code != NULL ? esc_subdivision_get_land (code) : NULL;
      EscRegion *first = item->placed ? g_hash_table_lookup (drawn, land) : NULL;

      add_region_mark (self, item->region, item->placed, first ? esc_region_get_name (first) : NULL);
      if (item->placed && first == NULL)
        g_hash_table_insert (drawn, (gpointer) land, item->region);
    }
  add_legend_and_reading (self);
  return self;
}
