/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The map of regions, numerically: every region drawn exactly once, filled by its
 * outcome, found by the pointer where it is drawn however small, in reading order, in
 * a projection that keeps the country's shape, with far regions in insets. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "esc-chart-export.h"
#include "esc-region.h"
#include "esc-test-charts.h"

static const struct { double width, height; } sizes[] = {
  { 360, 640 }, { 640, 400 }, { 1920, 1080 }, { 3840, 2160 },
};

/* The datasets with a map of regions, and the election that has it. */
static const struct { const char *path; guint election; gboolean complete; } mapped[] = {
  { "data/venezuela-elections.json", 0, TRUE },
  { "tests/fixtures/mexico-governors-2021.json", 0, TRUE },
  { "tests/fixtures/venezuela-24-entities.json", 0, TRUE },
  { "tests/fixtures/regions-spellings.json", 0, TRUE },
  { "tests/fixtures/regions-only.json", 0, TRUE },
  { "tests/fixtures/regions-unmatched.json", 0, FALSE },
  { "tests/fixtures/regions-bloc-only.json", 0, FALSE },
  { "tests/fixtures/regions-far-states.json", 0, TRUE },
  { "tests/fixtures/regions-spain-communities.json", 0, TRUE },
};

/* A dataset of one regional election in @country whose regions are @regions, each
 * won by the one party, "p", or as written. */
static EscDataset *
load_regions (const char *country,
              const char *regions)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"escrutinio-dataset\", \"version\": 1, \"title\": \"Test\","
    " \"articles\": [{\"id\": \"a\", \"title\": \"A\", \"language\": \"en\", \"paragraphs\": [\"The figures.\"]}],"
    " \"elections\": [{\"id\": \"e\", \"country\": \"%s\", \"kind\": \"regional\", \"title\": \"E\","
    " \"parties\": [{\"id\": \"p\", \"name\": \"P\", \"bloc\": \"government\"}], \"claims\": [], \"regions\": [%s]}]}",
    country, regions);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  EscDataset *dataset = esc_dataset_new_from_bytes (bytes, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static char *
won (const char *name)
{
  return g_strdup_printf ("{\"name\": \"%s\", \"outcome\": \"won\", \"bloc\": \"government\", \"party\": \"p\", "
                          ESC_TEST_SOURCE "}", name);
}

static EscChart *
regions_chart (EscDataset *dataset,
               guint       election,
               GPtrArray **charts)
{
  EscChart *chart;

  *charts = esc_test_charts_of (dataset, election);
  chart = esc_test_find_chart (*charts, "regions");
  g_assert_nonnull (chart);
  g_assert_cmpint (esc_chart_get_kind (chart), ==, ESC_CHART_REGIONS);
  g_assert_cmpuint (esc_chart_get_n_marks (chart), ==, esc_election_get_regions (esc_chart_get_election (chart))->len);
  return chart;
}

static guint32
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);

  cairo_surface_flush (surface);
  return *(const guint32 *) (data + (int) y * stride + (int) x * 4);
}

static double
distance_to (guint32       argb,
             const EscRgb *rgb)
{
  return fabs (((argb >> 16) & 0xff) / 255.0 - rgb->red) + fabs (((argb >> 8) & 0xff) / 255.0 - rgb->green)
         + fabs ((argb & 0xff) / 255.0 - rgb->blue);
}

/* The pixel is of @mark's colour rather than any other mark's or the background's:
 * exact where the region is wide, blended with its thin border where it is a sliver. */
static void
assert_filled_as (EscChart           *chart,
                  const EscChartStyle *style,
                  const EscChartMark *mark,
                  guint32             pixel)
{
  EscRgb own = esc_chart_mark_color (chart, style->palette, mark);
  double distance = distance_to (pixel, &own);

  g_assert_cmpfloat (distance, <, 0.15);
  g_assert_cmpfloat (distance, <, distance_to (pixel, &style->background));
  for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
    {
      const EscChartMark *other = esc_chart_get_mark (chart, m);
      EscRgb color = esc_chart_mark_color (chart, style->palette, other);

      if (other->style == ESC_MARK_SOLID && (other->party != mark->party || other->bloc != mark->bloc))
        g_assert_cmpfloat (distance, <, distance_to (pixel, &color));
    }
}

/* Each region is drawn once, as a shape, a disc or a name under the map; where it
 * is drawn the pointer finds it, and its fill says its outcome. */
static void
check_layout (EscChart *chart,
              double    width,
              double    height)
{
  EscChartStyle style;
  g_autoptr(EscChartLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cairo_t *cr = cairo_create (surface);

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_chart_layout_new (chart, width, height, &style);
  esc_chart_layout_draw (layout, cr, -1, -1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
    {
      const EscChartMark *mark = esc_chart_get_mark (chart, m);
      gboolean on_map = mark->detail[0] == '\0', small = FALSE, inset;
      EscRect bounds;
      double x, y;

      g_test_message ("%s at %g×%g", mark->label, width, height);
      g_assert_cmpuint (esc_chart_layout_count_region_draws (layout, m, &inset), ==, 1);
      g_assert_true (esc_chart_layout_get_mark_bounds (layout, m, &bounds));
      g_assert_true (esc_chart_layout_get_region_point (layout, m, &x, &y, &small) == on_map);
      if (!on_map)
        {
          g_assert_cmpint (esc_chart_layout_hit (layout, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2), ==, m);
          continue;
        }
      g_assert_cmpint (esc_chart_layout_hit (layout, x, y), ==, m);
      /* Small ones have a target a finger can find: off their middle, still them. */
      g_assert_cmpfloat (MAX (bounds.width, bounds.height), >=, small ? 8 : 0);
      if (small)
        g_assert_cmpint (esc_chart_layout_hit (layout, x + bounds.width * 0.45, y), ==, m);
      if (mark->style == ESC_MARK_SOLID)
        assert_filled_as (chart, &style, mark, pixel_at (surface, x, y));
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_every_region_once (void)
{
  for (guint d = 0; d < G_N_ELEMENTS (mapped); d++)
    {
      g_autoptr(EscDataset) dataset = esc_test_load (mapped[d].path);
      g_autoptr(GPtrArray) charts = NULL;
      EscChart *chart = regions_chart (dataset, mapped[d].election, &charts);
      guint missing = 0;

      g_test_message ("%s", mapped[d].path);
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        check_layout (chart, sizes[s].width, sizes[s].height);
      /* The built-in regional election, the Mexican governorships and Venezuela's 24
       * entities spelled in capitals map every region; Atlantis does not. */
      for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
        missing += esc_chart_get_mark (chart, m)->detail[0] != '\0';
      if (mapped[d].complete)
        g_assert_cmpuint (missing, ==, 0);
      else
        g_assert_cmpuint (missing, >, 0);
    }
}

/* The description lists the regions by outcome; the reading counts them. */
static void
test_description (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("tests/fixtures/regions-only.json");
  g_autoptr(GPtrArray) charts = NULL;
  EscChart *chart = regions_chart (dataset, 0, &charts);
  g_autofree char *description = esc_chart_describe (chart);

  g_test_message ("%s", description);
  g_assert_nonnull (strstr (description, "Pending: Sonora (1 region)."));
  g_assert_nonnull (strstr (description, "Disputed: Michoacán (1 region)."));
  g_assert_nonnull (strstr (esc_chart_get_reading (chart), "Movement for Transformation 8"));
}

/* North to south in bands, west to east within one. */
static void
test_reading_order (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("tests/fixtures/regions-only.json");
  g_autoptr(GPtrArray) charts = NULL;
  EscChart *chart = regions_chart (dataset, 0, &charts);
  EscChartStyle style;
  g_autoptr(EscChartLayout) layout = NULL;
  double previous_x = -1, previous_y = -1, first_y = G_MAXDOUBLE;

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_chart_layout_new (chart, 1600, 1600, &style);
  for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
    {
      double x, y;
      gboolean small;

      if (!esc_chart_layout_get_region_point (layout, m, &x, &y, &small))
        continue;
      if (m == 0)
        first_y = y;
      /* Each next region is further east, or starts a band further south. */
      g_assert_true (previous_x < 0 || x > previous_x || y > previous_y);
      g_assert_cmpfloat (y, >=, first_y - 200);
      previous_x = x, previous_y = y;
    }
}

static guint
mark_named (EscChart   *chart,
            const char *label)
{
  for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
    if (g_str_equal (esc_chart_get_mark (chart, m)->label, label))
      return m;
  g_assert_not_reached ();
}

/* The Canaries, far to the south, do not stretch the bands: Navarre is read before
 * Castile and León, a band further south, though that lies further west. */
static void
test_reading_bands_ignore_far_islands (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("tests/fixtures/regions-spain-communities.json");
  g_autoptr(GPtrArray) charts = NULL;
  EscChart *chart = regions_chart (dataset, 0, &charts);

  g_assert_cmpuint (mark_named (chart, "Navarra"), <, mark_named (chart, "Castilla y León"));
  g_assert_cmpuint (mark_named (chart, "Comunidad de Madrid"), <, mark_named (chart, "Andalucía"));
  g_assert_cmpuint (mark_named (chart, "Andalucía"), <, mark_named (chart, "Canarias"));
}

static void
region_extent (EscChart *chart,
               double   *width,
               double   *height)
{
  EscChartStyle style;
  g_autoptr(EscChartLayout) layout = NULL;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_chart_layout_new (chart, 2000, 2000, &style);
  for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
    {
      EscRect bounds;

      g_assert_true (esc_chart_layout_get_mark_bounds (layout, m, &bounds));
      x0 = MIN (x0, bounds.x), y0 = MIN (y0, bounds.y);
      x1 = MAX (x1, bounds.x + bounds.width), y1 = MAX (y1, bounds.y + bounds.height);
    }
  *width = x1 - x0;
  *height = y1 - y0;
}

/* Chile's length is about eleven times its width on a globe: drawn so, not stretched
 * nor squashed by a projection made for the world. */
static void
test_projection_keeps_shape (void)
{
  g_autofree char *north = won ("Arica y Parinacota");
  g_autofree char *south = won ("Magallanes");
  g_autofree char *regions = g_strdup_printf ("%s, %s", north, south);
  g_autoptr(EscDataset) dataset = load_regions ("CL", regions);
  g_autoptr(GPtrArray) charts = NULL;
  EscChart *chart = regions_chart (dataset, 0, &charts);
  double width, height;

  region_extent (chart, &width, &height);
  g_test_message ("Chile, from Arica to Magallanes: %g × %g", width, height);
  /* From 18.4° S to 55.9° S is 4 170 km; Magallanes reaches 750 km across. */
  g_assert_cmpfloat (height / width, >, 3.5);
  g_assert_cmpfloat (height / width, <, 7);
}

/* Where the sources give a winner's share, its colour fills the region more strongly
 * the larger the share, a scale says so, and the tooltip gives the share as written. */
static void
test_graduated_by_share (void)
{
  const char *regions = "{\"name\": \"Lara\", \"outcome\": \"won\", \"bloc\": \"government\", \"party\": \"p\", "
                        "\"share\": 35.5, " ESC_TEST_SOURCE "}, "
                        "{\"name\": \"Bolívar\", \"outcome\": \"won\", \"bloc\": \"government\", \"party\": \"p\", "
                        "\"share\": 72.0, " ESC_TEST_SOURCE "}";
  g_autoptr(EscDataset) dataset = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  EscChart *chart;
  EscChartStyle style;
  g_autoptr(EscChartLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1000, 800);
  cairo_t *cr = cairo_create (surface);
  double distance[2];
  EscRgb color;

  dataset = load_regions ("VE", regions);
  chart = regions_chart (dataset, 0, &charts);
  esc_chart_style_init_default (&style, FALSE);
  style.opaque = TRUE;
  layout = esc_chart_layout_new (chart, 1000, 800, &style);
  esc_chart_layout_draw (layout, cr, -1, -1);
  color = esc_chart_mark_color (chart, style.palette, esc_chart_get_mark (chart, 0));
  for (guint m = 0; m < 2; m++)
    {
      const EscChartMark *mark = esc_chart_get_mark (chart, m);
      double x, y;
      gboolean small;

      g_assert_true (esc_chart_layout_get_region_point (layout, m, &x, &y, &small));
      distance[g_str_equal (mark->label, "Lara") ? 0 : 1] = distance_to (pixel_at (surface, x, y), &color);
      g_assert_nonnull (strstr (mark->value_text, g_str_equal (mark->label, "Lara") ? "35.5%" : "72.0%"));
    }
  /* Bolívar's colour is the party's own; Lara's is paler. */
  g_assert_cmpfloat (distance[1], <, 0.05);
  g_assert_cmpfloat (distance[0], >, distance[1] + 0.3);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Russia spans 170 degrees of longitude and the antimeridian: centred on it, an
 * equal-area projection draws it about twice as wide as tall, Pskov and Chukotka on
 * one map, not split at the map's edges nor stretched fourfold as degrees would. */
static void
test_projection_across_antimeridian (void)
{
  g_autofree char *west = won ("Pskov");
  /* Its names in iso-codes and Natural Earth are other transliterations: by code. */
  g_autofree char *east = won ("Chukotka\", \"code\": \"RU-CHU");
  g_autofree char *regions = g_strdup_printf ("%s, %s", west, east);
  g_autoptr(EscDataset) dataset = load_regions ("RU", regions);
  g_autoptr(GPtrArray) charts = NULL;
  EscChart *chart = regions_chart (dataset, 0, &charts);
  EscChartStyle style;
  g_autoptr(EscChartLayout) layout = NULL;
  double width, height;

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_chart_layout_new (chart, 2000, 2000, &style);
  for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
    {
      gboolean inset = TRUE;

      g_assert_cmpuint (esc_chart_layout_count_region_draws (layout, m, &inset), ==, 1);
      g_assert_false (inset);
    }
  region_extent (chart, &width, &height);
  g_test_message ("Russia, from Pskov to Chukotka: %g × %g", width, height);
  g_assert_cmpfloat (width / height, >, 1.3);
  g_assert_cmpfloat (width / height, <, 3.5);
}

/* The Azores and Madeira are 1 000 km and more from Lisbon: each gets an inset, and
 * the mainland stays large. */
static void
test_far_regions_in_insets (void)
{
  g_autofree char *azores = won ("Região Autónoma dos Açores");
  g_autofree char *madeira = won ("Região Autónoma da Madeira");
  g_autofree char *lisbon = won ("Lisboa");
  g_autofree char *regions = g_strdup_printf ("%s, %s, %s", azores, madeira, lisbon);
  g_autoptr(EscDataset) dataset = load_regions ("PT", regions);
  g_autoptr(GPtrArray) charts = NULL;
  EscChart *chart = regions_chart (dataset, 0, &charts);
  EscChartStyle style;
  g_autoptr(EscChartLayout) layout = NULL;
  guint insets = 0;

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_chart_layout_new (chart, 1000, 1000, &style);
  for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
    {
      const EscChartMark *mark = esc_chart_get_mark (chart, m);
      gboolean inset = FALSE;
      EscRect bounds;

      g_assert_cmpuint (esc_chart_layout_count_region_draws (layout, m, &inset), ==, 1);
      g_assert_true (esc_chart_layout_get_mark_bounds (layout, m, &bounds));
      insets += inset;
      /* An inset's whole box points at its region, corners too. */
      if (inset)
        g_assert_cmpint (esc_chart_layout_hit (layout, bounds.x + 1, bounds.y + 1), ==, m);
      /* Lisbon is a district of the mainland, which fills the map: not a speck. */
      if (g_str_equal (mark->label, "Lisboa"))
        {
          g_assert_false (inset);
          g_assert_cmpfloat (bounds.height, >, 60);
        }
    }
  g_assert_cmpuint (insets, ==, 2);
}

/* Regions of @country given by their ISO 3166-2 codes, each won by "p". */
static EscDataset *
load_codes (const char         *country,
            const char * const *codes)
{
  g_autoptr(GString) regions = g_string_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autofree char *name_and_code = g_strdup_printf ("%s\", \"code\": \"%s", codes[i], codes[i]);
      g_autofree char *region = won (name_and_code);

      g_string_append_printf (regions, "%s%s", i ? ", " : "", region);
    }
  return load_regions (country, regions->str);
}

/* Whether the region named @label is drawn in an inset at @width × @height. */
static gboolean
in_inset (EscChart   *chart,
          const char *label,
          double      width,
          double      height)
{
  EscChartStyle style;
  g_autoptr(EscChartLayout) layout = NULL;

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_chart_layout_new (chart, width, height, &style);
  for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
    {
      gboolean inset = FALSE;

      if (g_str_equal (esc_chart_get_mark (chart, m)->label, label))
        {
          g_assert_cmpuint (esc_chart_layout_count_region_draws (layout, m, &inset), ==, 1);
          return inset;
        }
    }
  g_assert_not_reached ();
}

/* Alaska is the largest state, but the 48 together are the body; it and Hawaii,
 * beyond Canada and the Pacific, get insets. */
static void
test_body_is_the_largest_group (void)
{
  static const char * const codes[] = { "US-AK", "US-HI", "US-TX", "US-CA", "US-WA", "US-ME", NULL };
  g_autoptr(EscDataset) dataset = load_codes ("US", codes);
  g_autoptr(GPtrArray) charts = NULL;
  EscChart *chart = regions_chart (dataset, 0, &charts);

  g_assert_true (in_inset (chart, "US-AK", 1200, 800));
  g_assert_true (in_inset (chart, "US-HI", 1200, 800));
  g_assert_false (in_inset (chart, "US-TX", 1200, 800));
  g_assert_false (in_inset (chart, "US-WA", 1200, 800));
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    check_layout (chart, sizes[s].width, sizes[s].height);
}

/* France's five overseas regions each get an inset, on a phone's width and on a
 * thumbnail too: an inset that does not fit shrinks or wraps, and is never dropped. */
static void
test_insets_never_dropped (void)
{
  static const char * const codes[] = { "FR-GP", "FR-MQ", "FR-GF", "FR-RE", "FR-YT", "FR-IDF", "FR-BRE", NULL };
  static const struct { double width, height; } small[] = { { 360, 640 }, { 320, 180 }, { 200, 120 } };
  g_autoptr(EscDataset) dataset = load_codes ("FR", codes);
  g_autoptr(GPtrArray) charts = NULL;
  EscChart *chart = regions_chart (dataset, 0, &charts);

  EscChartStyle style;

  /* No width, or no end to it, lays out nothing instead of dividing by it; a pixel
   * lays out everything. */
  esc_chart_style_init_default (&style, FALSE);
  g_assert_cmpfloat (esc_chart_natural_height (chart, 0, &style), ==, 0);
  g_assert_cmpfloat (esc_chart_natural_height (chart, INFINITY, &style), ==, 0);
  g_assert_cmpfloat (esc_chart_natural_height (chart, NAN, &style), ==, 0);
  esc_chart_layout_free (esc_chart_layout_new (chart, 1, 1, &style));
  for (guint s = 0; s < G_N_ELEMENTS (small); s++)
    {
      g_assert_true (in_inset (chart, "FR-RE", small[s].width, small[s].height));
      g_assert_false (in_inset (chart, "FR-BRE", small[s].width, small[s].height));
      check_layout (chart, small[s].width, small[s].height);
    }
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    check_layout (chart, sizes[s].width, sizes[s].height);
}

/* "No result" is in the legend only where the map shows a region without one: not
 * for the Azores and Madeira, which are left out when the election does not name
 * them. */
static void
test_no_result_only_when_drawn (void)
{
  static const char * const mainland[] = { "PT-01", "PT-02", "PT-03", "PT-04", "PT-05", "PT-06", "PT-07",
                                           "PT-08", "PT-09", "PT-10", "PT-11", "PT-12", "PT-13", "PT-14",
                                           "PT-15", "PT-16", "PT-17", "PT-18", NULL };
  g_autoptr(EscDataset) dataset = load_codes ("PT", mainland);
  g_autoptr(EscDataset) fewer = load_codes ("PT", mainland + 1);
  g_autoptr(GPtrArray) charts = NULL;
  g_autoptr(GPtrArray) fewer_charts = NULL;
  EscChartStyle style;
  g_autoptr(EscChartLayout) layout = NULL;
  g_autoptr(EscChartLayout) fewer_layout = NULL;

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_chart_layout_new (regions_chart (dataset, 0, &charts), 1000, 1000, &style);
  fewer_layout = esc_chart_layout_new (regions_chart (fewer, 0, &fewer_charts), 1000, 1000, &style);
  g_assert_false (esc_chart_layout_has_text (layout, "No result"));
  g_assert_true (esc_chart_layout_has_text (fewer_layout, "No result"));
}

/* A tally of every municipality, most of them on no map: the reading, the legend
 * and the names under the map name a dozen and count the rest, each of which the
 * pointer and the keyboard still reach. */
static void
test_many_names_counted (void)
{
  g_autoptr(GString) regions = g_string_new (NULL);
  g_autoptr(EscDataset) dataset = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  g_autoptr(EscChartLayout) layout = NULL;
  g_autofree char *description = NULL;
  EscChartStyle style;
  EscChart *chart;
  EscRect first, last;

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Atlantis %u", i);
      g_autofree char *region = won (name);

      g_string_append_printf (regions, "%s%s", i ? ", " : "", region);
    }
  dataset = load_regions ("VE", regions->str);
  chart = regions_chart (dataset, 0, &charts);
  g_assert_nonnull (strstr (esc_chart_get_reading (chart), "Atlantis 11 and 2988 more."));
  g_assert_null (strstr (esc_chart_get_reading (chart), "Atlantis 12,"));
  description = esc_chart_describe (chart);
  g_assert_cmpuint (strlen (description), <, 2000);

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_chart_layout_new (chart, 800, 600, &style);
  g_assert_true (esc_chart_layout_has_text (layout, "and 2988 more"));
  g_assert_false (esc_chart_layout_has_text (layout, "Atlantis 12"));
  g_assert_true (esc_chart_layout_get_mark_bounds (layout, 12, &first));
  g_assert_true (esc_chart_layout_get_mark_bounds (layout, 2999, &last));
  g_assert_cmpfloat (first.x, ==, last.x);
  g_assert_cmpint (esc_chart_layout_hit (layout, first.x + first.width / 2, first.y + first.height / 2), ==, 12);
  for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
    {
      gboolean inset;

      g_assert_cmpuint (esc_chart_layout_count_region_draws (layout, m, &inset), ==, 1);
    }
}

/* Northern Ireland, of whose eleven districts the map has two, is not drawn as those
 * two: it is named under the map, as --validate says. */
static void
test_partial_parent_not_drawn (void)
{
  static const char * const codes[] = { "GB-NIR", "GB-SCT", NULL };
  g_autoptr(EscDataset) dataset = load_codes ("GB", codes);
  g_autoptr(GPtrArray) charts = NULL;
  EscChart *chart = regions_chart (dataset, 0, &charts);

  for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
    {
      const EscChartMark *mark = esc_chart_get_mark (chart, m);

      g_assert_cmpint (mark->detail[0] != '\0', ==, g_str_equal (mark->label, "GB-NIR"));
    }
}

/* La Rioja's community and its one province are the same land: drawn once, the
 * second named under the map as the first's shape. */
static void
test_same_land_drawn_once (void)
{
  static const char * const codes[] = { "ES-RI", "ES-LO", NULL };
  g_autoptr(EscDataset) dataset = load_codes ("ES", codes);
  g_autoptr(GPtrArray) charts = NULL;
  EscChart *chart = regions_chart (dataset, 0, &charts);

  g_assert_cmpstr (esc_chart_get_mark (chart, 0)->detail, ==, "");
  g_assert_nonnull (strstr (esc_chart_get_mark (chart, 1)->detail, "ES-RI"));
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    check_layout (chart, sizes[s].width, sizes[s].height);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/regions/every-region-once", test_every_region_once);
  g_test_add_func ("/charts/regions/description", test_description);
  g_test_add_func ("/charts/regions/reading-order", test_reading_order);
  g_test_add_func ("/charts/regions/reading-bands", test_reading_bands_ignore_far_islands);
  g_test_add_func ("/charts/regions/projection-keeps-shape", test_projection_keeps_shape);
  g_test_add_func ("/charts/regions/graduated-by-share", test_graduated_by_share);
  g_test_add_func ("/charts/regions/across-antimeridian", test_projection_across_antimeridian);
  g_test_add_func ("/charts/regions/far-regions-in-insets", test_far_regions_in_insets);
  g_test_add_func ("/charts/regions/body-is-the-largest-group", test_body_is_the_largest_group);
  g_test_add_func ("/charts/regions/insets-never-dropped", test_insets_never_dropped);
  g_test_add_func ("/charts/regions/no-result-only-when-drawn", test_no_result_only_when_drawn);
  g_test_add_func ("/charts/regions/many-names-counted", test_many_names_counted);
  g_test_add_func ("/charts/regions/partial-parent-not-drawn", test_partial_parent_not_drawn);
  g_test_add_func ("/charts/regions/same-land-drawn-once", test_same_land_drawn_once);

  return g_test_run ();
}
