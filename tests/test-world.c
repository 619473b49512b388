/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The world map's geometry: TopoJSON decoding and the projection, tested by numbers. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "esc-chart-text.h"
#include "esc-dataset.h"
#include "esc-reaction.h"
#include "esc-map.h"
#include "esc-reactions-map.h"
#include "esc-geo-layer.h"
#include "esc-geo-store.h"
#include "esc-projection.h"

static EscGeoLayer *
load_world (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), "data", "world", "countries-110m.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  EscGeoLayer *world;

  g_assert_nonnull (bytes);
  world = esc_geo_layer_new_world (bytes, &error);
  g_assert_no_error (error);
  return world;
}

/* The centroid of a country's largest ring, by the shoelace formula in degrees: good
 * enough to tell whether the outline is in the right place. */
static void
centroid (const EscGeoFeature *country,
          double                *lon,
          double                *lat)
{
  double best_area = 0;

  for (guint r = 0; r < country->rings->len; r++)
    {
      GArray *ring = g_ptr_array_index (country->rings, r);
      double area = 0, cx = 0, cy = 0;

      for (guint i = 0; i + 1 < ring->len; i++)
        {
          EscLonLat *a = &g_array_index (ring, EscLonLat, i), *b = &g_array_index (ring, EscLonLat, i + 1);
          double cross = a->lon * b->lat - b->lon * a->lat;

          area += cross;
          cx += (a->lon + b->lon) * cross;
          cy += (a->lat + b->lat) * cross;
        }
      if (fabs (area) > fabs (best_area))
        {
          best_area = area;
          *lon = cx / (3 * area);
          *lat = cy / (3 * area);
        }
    }
}

static void
test_countries (void)
{
  g_autoptr(EscGeoLayer) world = load_world ();
  static const struct { const char *code; double lon, lat; } known[] = {
    { "VE", -66.2, 7.1 },    /* Venezuela */
    { "US", -99.0, 39.5 },   /* contiguous states dominate the largest ring */
    { "ES", -3.6, 40.2 },
    { "CU", -79.0, 21.6 },
    { "RU", 96.0, 62.0 },
    { "AU", 134.5, -25.7 },
  };
  guint with_code = 0;

  g_assert_cmpuint (esc_geo_layer_get_n_features (world), ==, 177);
  for (guint i = 0; i < esc_geo_layer_get_n_features (world); i++)
    with_code += esc_geo_layer_get_feature (world, i)->code != NULL;
  /* Northern Cyprus, Somaliland and Kosovo have no ISO 3166-1 numeric code here. */
  g_assert_cmpuint (with_code, ==, 174);

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      const EscGeoFeature *country = esc_geo_layer_lookup (world, known[i].code);
      double lon = 0, lat = 0;

      g_assert_nonnull (country);
      centroid (country, &lon, &lat);
      if (fabs (lon - known[i].lon) > 6 || fabs (lat - known[i].lat) > 6)
        g_error ("%s centroid at %.1f, %.1f; expected near %.1f, %.1f", known[i].code, lon, lat, known[i].lon, known[i].lat);
    }

  /* Caracas lies within Venezuela's bounds. */
  {
    const EscGeoFeature *ve = esc_geo_layer_lookup (world, "VE");

    g_assert_cmpfloat (ve->west, <, -66.9);
    g_assert_cmpfloat (ve->east, >, -66.9);
    g_assert_cmpfloat (ve->south, <, 10.5);
    g_assert_cmpfloat (ve->north, >, 10.5);
  }
}

/* Arcs stitched end to end close every ring: the first point comes back last. */
static void
test_rings_close (void)
{
  g_autoptr(EscGeoLayer) world = load_world ();
  guint rings = 0;

  for (guint i = 0; i < esc_geo_layer_get_n_features (world); i++)
    {
      const EscGeoFeature *country = esc_geo_layer_get_feature (world, i);

      g_assert_cmpuint (country->rings->len, >, 0);
      for (guint r = 0; r < country->rings->len; r++)
        {
          GArray *ring = g_ptr_array_index (country->rings, r);
          EscLonLat *first = &g_array_index (ring, EscLonLat, 0);
          EscLonLat *last = &g_array_index (ring, EscLonLat, ring->len - 1);

          g_assert_cmpuint (ring->len, >=, 4);
          g_assert_cmpfloat (first->lon, ==, last->lon);
          g_assert_cmpfloat (first->lat, ==, last->lat);
          rings++;
        }
    }
  g_test_message ("%u rings", rings);
}

static void
test_malformed (void)
{
  static const char *cases[] = {
    "",
    "[]",
    "{\"type\": \"Topology\"}",
    "{\"objects\": {\"countries\": {\"geometries\": []}}}",
    "{\"arcs\": [[[0,0],[1,1]]], \"objects\": {\"countries\": {\"geometries\": [{\"type\": \"Polygon\", \"arcs\": [[5]]}]}}}",
    "{\"arcs\": [[[0,0],[1,1]]], \"objects\": {\"countries\": {\"geometries\": [{\"type\": \"Polygon\", \"arcs\": [[0]]}]}}}",
    "{\"arcs\": [[[0,0],[1,\"x\"]]], \"objects\": {\"countries\": {\"geometries\": []}}}",
    "{\"arcs\": [], \"objects\": {\"countries\": {\"geometries\": [{\"type\": \"Point\", \"coordinates\": [0, 0]}]}}}",
    "{\"arcs\": [[[0,0],[4,0],[4,4],[0,0]]], \"objects\": {\"countries\": {\"geometries\": [{\"type\": \"Polygon\", \"arcs\": [[0.5]]}]}}}",
    /* Members of the wrong kind fail without a critical from json-glib. */
    "{\"arcs\": [[[0,0],[4,0],[4,4],[0,0]]], \"objects\": {\"countries\": {\"geometries\": [{\"type\": {}, \"arcs\": [[0]]}]}}}",
    "{\"arcs\": [[[0,0],[4,0],[4,4],[0,0]]], \"objects\": {\"countries\": {\"geometries\": [{\"type\": [\"Polygon\"], \"arcs\": [[0]]}]}}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i], strlen (cases[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(EscGeoLayer) world = esc_geo_layer_new_world (bytes, &error);

      g_test_message ("%s", cases[i]);
      g_assert_null (world);
      g_assert_nonnull (error);
    }

  /* "merged" that is not a boolean is not merged, without a critical. */
  {
    const char *odd = "{\"arcs\": [[[0,0],[4,0],[4,4],[0,0]]], \"objects\": {\"regions\": {\"geometries\": [{\"type\": \"Polygon\","
                      " \"id\": \"VE-A\", \"arcs\": [[0]], \"properties\": {\"merged\": {\"yes\": 1}, \"name\": [1]}}]}}}";
    g_autoptr(GBytes) bytes = g_bytes_new_static (odd, strlen (odd));
    g_autoptr(GError) error = NULL;
    g_autoptr(EscGeoLayer) layer = esc_geo_layer_new_regions (bytes, &error);

    g_assert_no_error (error);
    g_assert_false (esc_geo_layer_get_feature (layer, 0)->merged);
    g_assert_cmpstr (esc_geo_layer_get_feature (layer, 0)->name, ==, "");
  }

  /* And a small good one, with a reversed arc: a square from two halves. */
  {
    const char *square = "{\"arcs\": [[[0,0],[4,0],[4,4]], [[0,0],[0,4],[4,4]]],"
                         " \"objects\": {\"countries\": {\"geometries\": [{\"type\": \"Polygon\", \"id\": \"862\", \"arcs\": [[0, -2]]}]}}}";
    g_autoptr(GBytes) bytes = g_bytes_new_static (square, strlen (square));
    g_autoptr(GError) error = NULL;
    g_autoptr(EscGeoLayer) world = esc_geo_layer_new_world (bytes, &error);
    const EscGeoFeature *country;
    GArray *ring;

    g_assert_no_error (error);
    country = esc_geo_layer_lookup (world, "VE");
    ring = g_ptr_array_index (country->rings, 0);
    g_assert_cmpuint (ring->len, ==, 5);
    g_assert_cmpfloat (g_array_index (ring, EscLonLat, 3).lon, ==, 0);
    g_assert_cmpfloat (g_array_index (ring, EscLonLat, 3).lat, ==, 4);
  }
}

static void
test_equal_earth (void)
{
  double x, y, x2, y2;

  esc_equal_earth (0, 0, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (y, 0, 1e-12);

  /* On the equator x is linear in longitude: 2√3·π / (3·A1) at 180°. */
  esc_equal_earth (180, 0, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 2 * sqrt (3) * G_PI / (3 * 1.340264), 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 0, 1e-12);

  /* Symmetric about both axes, and north is up. */
  esc_equal_earth (-60, 40, &x, &y);
  esc_equal_earth (60, -40, &x2, &y2);
  g_assert_cmpfloat_with_epsilon (x, -x2, 1e-12);
  g_assert_cmpfloat_with_epsilon (y, -y2, 1e-12);
  g_assert_cmpfloat (y, >, 0);

  /* The pole is a line, not a point: the projection's flat top. */
  esc_equal_earth (0, 90, &x, &y);
  esc_equal_earth (90, 90, &x2, &y2);
  g_assert_cmpfloat_with_epsilon (y, y2, 1e-12);
  g_assert_cmpfloat (x2, >, 0.5);
}

static EscElection *
default_election (EscDataset **dataset,
                  guint        index)
{
  g_autofree char *path = g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), "data", "venezuela-elections.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  EscElection *election;

  *dataset = esc_dataset_new_from_file (file, NULL, NULL, NULL);
  g_assert_nonnull (*dataset);
  election = g_list_model_get_item (esc_dataset_get_elections (*dataset), index);
  g_object_unref (election);   /* the dataset keeps it */
  return election;
}

static guint32
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  return ((guint32 *) cairo_image_surface_get_data (surface))[(int) y * cairo_image_surface_get_stride (surface) / 4 + (int) x] & 0xffffff;
}

static guint32
rgb_pixel (EscRgb color)
{
  return (guint32) round (color.red * 255) << 16 | (guint32) round (color.green * 255) << 8 | (guint32) round (color.blue * 255);
}

/* Countries that reacted are filled with their stance's colour, the pointer finds them,
 * and the legend's words never overlap, at phone and projector sizes alike. */
static void
test_map (void)
{
  g_autoptr(EscGeoLayer) world = load_world ();
  g_autoptr(EscDataset) dataset = NULL;
  EscElection *election = default_election (&dataset, 1);
  static const struct { const char *code; double lon, lat; EscStance stance; } probes[] = {
    { "US", -98, 39, ESC_STANCE_EXPRESSED_CONCERN },
    { "RU", 90, 60, ESC_STANCE_SUPPORTED },
    { "AR", -65, -35, ESC_STANCE_CALLED_FOR_TRANSPARENCY },
    { "BO", -64.5, -17, ESC_STANCE_WELCOMED },
  };
  static const double sizes[][2] = { { 360, 400 }, { 1000, 620 }, { 3840, 2160 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      double width = sizes[s][0], height = sizes[s][1];
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      cairo_t *cr = cairo_create (surface);
      EscChartStyle style;
      g_autoptr(EscMapLayout) layout = NULL;
      g_autoptr(GArray) boxes = NULL;

      esc_chart_style_init_default (&style, FALSE);
      layout = esc_map_layout_new (election, width, height, &style, FALSE);
      esc_map_layout_draw (layout, cr, NULL, NULL);
      cairo_surface_flush (surface);

      for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
        {
          double x, y;

          g_assert_true (esc_map_layout_project (layout, probes[i].lon, probes[i].lat, &x, &y));
          g_assert_cmpstr (esc_map_layout_hit (layout, x, y), ==, probes[i].code);
          g_assert_cmphex (pixel_at (surface, x, y), ==, rgb_pixel (esc_map_stance_color (style.palette, probes[i].stance)));
        }

      boxes = esc_map_layout_get_text_boxes (layout);
      for (guint i = 0; i < boxes->len; i++)
        for (guint j = i + 1; j < boxes->len; j++)
          {
            EscRect *a = &g_array_index (boxes, EscRect, i), *b = &g_array_index (boxes, EscRect, j);

            g_assert_false (a->x + a->width > b->x + 0.5 && b->x + b->width > a->x + 0.5
                            && a->y + a->height > b->y + 0.5 && b->y + b->height > a->y + 0.5);
          }

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static gboolean
near_color (guint32 a,
            guint32 b)
{
  for (int shift = 0; shift < 24; shift += 8)
    if (ABS ((int) (a >> shift & 0xff) - (int) (b >> shift & 0xff)) > 16)
      return FALSE;
  return TRUE;
}

/* A point of the layout inside country @code: its bounds, sampled for a hit. */
static gboolean
point_in (EscMapLayout          *layout,
          const EscGeoFeature *country,
          double                *x,
          double                *y)
{
  for (int i = 1; i < 24; i++)
    for (int j = 1; j < 24; j++)
      {
        double lon = country->west + (country->east - country->west) * i / 24;
        double lat = country->south + (country->north - country->south) * j / 24;

        gboolean interior = esc_map_layout_project (layout, lon, lat, x, y);

        /* Away from the border, whose antialiased edge blends two colours. */
        for (int dx = -2; interior && dx <= 2; dx += 2)
          for (int dy = -2; interior && dy <= 2; dy += 2)
            interior = g_strcmp0 (esc_map_layout_hit (layout, *x + dx, *y + dy), country->code) == 0;
        if (interior)
          return TRUE;
      }
  return FALSE;
}

/* Every country that reacted to the 2024 election wears its stance's colour, and the
 * pointer finds the right country, or none over the ocean. */
static void
test_map_every_reaction (void)
{
  g_autoptr(EscGeoLayer) world = load_world ();
  g_autoptr(EscDataset) dataset = NULL;
  EscElection *election = default_election (&dataset, 1);
  GPtrArray *reactions = esc_election_get_reactions (election);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1600, 900);
  cairo_t *cr = cairo_create (surface);
  EscChartStyle style;
  g_autoptr(EscMapLayout) layout = NULL;
  static const struct { const char *code; double lon, lat; } places[] = {
    { "VE", -66, 7 }, { "CL", -71, -35 }, { "ES", -3.7, 40.4 },
  };
  double x, y;
  guint coloured = 0;

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_map_layout_new (election, 1600, 900, &style, TRUE);
  esc_map_layout_draw (layout, cr, NULL, NULL);
  cairo_surface_flush (surface);

  for (guint i = 0; i < reactions->len; i++)
    {
      EscReaction *reaction = g_ptr_array_index (reactions, i);
      const char *code = esc_reaction_get_country (reaction);

      if (code == NULL)
        continue;
      g_assert_true (point_in (layout, esc_geo_layer_lookup (world, code), &x, &y));
      /* Small countries are crossed by the thin light borders of their neighbours:
       * close to the stance colour is enough. */
      g_assert_true (near_color (pixel_at (surface, x, y),
                                 rgb_pixel (esc_map_stance_color (style.palette, esc_reaction_get_stance (reaction)))));
      coloured++;
    }
  g_assert_cmpuint (coloured, ==, 16);

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      esc_map_layout_project (layout, places[i].lon, places[i].lat, &x, &y);
      g_assert_cmpstr (esc_map_layout_hit (layout, x, y), ==, places[i].code);
    }
  esc_map_layout_project (layout, -30, 0, &x, &y);   /* the middle of the Atlantic */
  g_assert_null (esc_map_layout_hit (layout, x, y));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The map as a drawing: its items are what reacted, each country or organization once,
 * found by id, described and hit where they are drawn; the ocean is no item. */
static void
test_map_items (void)
{
  g_autoptr(EscDataset) dataset = NULL;
  EscElection *election = default_election (&dataset, 1);
  GPtrArray *reactions = esc_election_get_reactions (election);
  g_autoptr(EscReactionsMap) map = esc_reactions_map_new (election, TRUE);
  g_autoptr(EscDrawingLayout) layout = NULL;
  g_autoptr(EscMapLayout) geometry = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *description = esc_drawing_describe (ESC_DRAWING (map));
  EscChartStyle style;
  double x, y;

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_drawing_layout_new (ESC_DRAWING (map), 1600, 900, &style);
  geometry = esc_map_layout_new (election, 1600, 900, &style, TRUE);
  g_assert_true (description[0] != '\0');

  for (guint i = 0; i < reactions->len; i++)
    {
      EscReaction *reaction = g_ptr_array_index (reactions, i);
      const char *id = esc_reaction_get_reactor_id (reaction);
      int item = esc_reactions_map_find_item (map, id);
      g_autofree char *tooltip = esc_drawing_describe_item (ESC_DRAWING (map), item);
      EscRect bounds;

      g_hash_table_add (ids, (gpointer) id);
      g_assert_cmpint (item, >=, 0);
      g_assert_cmpstr (esc_reactions_map_get_item_id (map, item), ==, id);
      g_assert_nonnull (strstr (tooltip, esc_text_stance (esc_reaction_get_stance (reaction))));
      g_assert_true (esc_drawing_layout_get_item_bounds (layout, item, &bounds));
      g_assert_true (bounds.width > 0 && bounds.height > 0);
    }
  g_assert_cmpuint (esc_drawing_get_n_items (ESC_DRAWING (map)), ==, g_hash_table_size (ids));
  g_assert_cmpint (esc_reactions_map_find_item (map, "AQ"), ==, -1);

  g_assert_true (esc_map_layout_project (geometry, -71, -35, &x, &y));   /* Chile */
  g_assert_cmpint (esc_drawing_layout_hit (layout, x, y), ==, esc_reactions_map_find_item (map, "CL"));
  g_assert_cmpint (esc_reactions_map_find_item (map, "CL"), >=, 0);
  esc_map_layout_project (geometry, -30, 0, &x, &y);                    /* the Atlantic */
  g_assert_cmpint (esc_drawing_layout_hit (layout, x, y), ==, -1);
}

/* Stance colours stand out from the map's surface: 3:1, or 4.5:1 in high contrast. */
static void
test_stance_contrast (void)
{
  static const EscPaletteStyle styles[] = {
    ESC_PALETTE_LIGHT, ESC_PALETTE_DARK, ESC_PALETTE_HIGH_CONTRAST, ESC_PALETTE_DARK | ESC_PALETTE_HIGH_CONTRAST,
  };

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    for (EscStance stance = 0; stance <= ESC_STANCE_OTHER; stance++)
      {
        EscRgb background = esc_palette_background (styles[s]);
        EscRgb color = esc_map_stance_color (styles[s], stance);
        double ratio = esc_rgb_contrast_ratio (&color, &background);

        if (ratio < ((styles[s] & ESC_PALETTE_HIGH_CONTRAST) ? 4.5 : 3.0))
          g_error ("stance %d in style %u: contrast %.2f", stance, styles[s], ratio);
      }
}

/* Zoomed to those that reacted by default; the whole world on request. */
static void
test_map_fit (void)
{
  g_autoptr(EscGeoLayer) world = load_world ();
  g_autoptr(EscDataset) dataset = NULL;
  EscElection *election = default_election (&dataset, 0);   /* Cuba, the US, and Venezuela voting */
  EscChartStyle style;
  g_autoptr(EscMapLayout) fitted = NULL;
  g_autoptr(EscMapLayout) world_map = NULL;
  double x, y;

  esc_chart_style_init_default (&style, FALSE);
  fitted = esc_map_layout_new (election, 1000, 600, &style, FALSE);
  world_map = esc_map_layout_new (election, 1000, 600, &style, TRUE);

  g_assert_true (esc_map_layout_project (fitted, -66, 7, &x, &y));       /* Venezuela in view */
  g_assert_false (esc_map_layout_project (fitted, 135, -25, &x, &y));    /* Australia not */
  g_assert_true (esc_map_layout_project (world_map, 135, -25, &x, &y));
}

/* Every country's regions ship and decode: ids are ISO 3166-2 codes of that country,
 * each once, and every coded region has a shape; all of them together stay within
 * 5 MB before the GResource compresses them. */
static void
test_all_regions (void)
{
  g_auto(GStrv) countries = esc_geo_store_list_regions ();
  gsize total = 0;
  guint coded_countries = 0;

  g_assert_cmpuint (g_strv_length (countries), >, 200);
  for (guint i = 0; countries[i] != NULL; i++)
    {
      EscGeoLayer *layer = esc_geo_store_get_regions (countries[i]);
      g_autofree char *prefix = g_strdup_printf ("%s-", countries[i]);
      g_autofree char *suffix = g_strdup_printf ("-%s", countries[i]);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      guint coded = 0;

      g_test_message ("%s", countries[i]);
      g_assert_nonnull (layer);
      g_assert_true (esc_geo_store_has_regions (countries[i]));
      total += esc_geo_store_get_regions_size (countries[i]);
      for (guint f = 0; f < esc_geo_layer_get_n_features (layer); f++)
        {
          const EscGeoFeature *feature = esc_geo_layer_get_feature (layer, f);

          g_assert_cmpuint (feature->rings->len, >, 0);
          if (feature->code == NULL)
            continue;
          coded++;
          /* Puerto Rico and Sint Maarten are also subdivisions of the US and the
           * Netherlands, and so coded (US-PR, NL-SX). */
          g_assert_true (g_str_has_prefix (feature->code, prefix) || g_str_has_suffix (feature->code, suffix));
          g_assert_true (g_hash_table_add (seen, feature->code));
          g_assert_true (esc_geo_layer_lookup (layer, feature->code) == feature);
        }
      /* Territories without ISO 3166-2 subdivisions (Aruba, Kosovo) ship as an
       * outline of uncoded parts. */
      coded_countries += coded > 0;
    }
  g_assert_cmpuint (coded_countries, >, 190);
  g_test_message ("%" G_GSIZE_FORMAT " bytes", total);
  g_assert_cmpuint (total, <=, 5 * 1000 * 1000);
  /* Nor does the store make up countries. */
  g_assert_null (esc_geo_store_get_regions ("ZZ"));
  g_assert_null (esc_geo_store_get_regions ("../world/countries-110m"));
  g_assert_false (esc_geo_store_has_regions (""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/world/countries", test_countries);
  g_test_add_func ("/charts/world/rings-close", test_rings_close);
  g_test_add_func ("/charts/world/malformed", test_malformed);
  g_test_add_func ("/charts/world/equal-earth", test_equal_earth);
  g_test_add_func ("/charts/map/colours-and-hits", test_map);
  g_test_add_func ("/charts/map/fit", test_map_fit);
  g_test_add_func ("/charts/map/every-reaction", test_map_every_reaction);
  g_test_add_func ("/charts/map/items", test_map_items);
  g_test_add_func ("/charts/map/stance-contrast", test_stance_contrast);
  g_test_add_func ("/charts/regions/all-countries", test_all_regions);

  return g_test_run ();
}
