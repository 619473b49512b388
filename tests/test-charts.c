/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The drawing core without a display: which charts, where everything goes, what lands
 * on the surface, what the exports contain. */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "esc-chart-export.h"
#include "esc-dataset.h"
#include "esc-region.h"
#include "esc-test-charts.h"

static const struct { double width, height; } sizes[] = {
  { 360, 640 }, { 640, 400 }, { 1000, 620 }, { 1920, 1080 }, { 3840, 2160 },
};

static void
test_default_charts (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("data/venezuela-elections.json");
  g_autoptr(GPtrArray) regional = esc_test_charts_of (dataset, 0);
  g_autoptr(GPtrArray) presidential = esc_test_charts_of (dataset, 1);
  EscChart *seats = esc_test_find_chart (regional, "seats");
  EscChart *changes = esc_test_find_chart (regional, "count-changes");
  guint total = 0, pending = 0;

  /* Seats, the map of regions, turnout, how the CNE's count changed, and the figures
   * in words. */
  g_assert_cmpuint (regional->len, ==, 5);
  g_assert_cmpint (esc_chart_get_kind (esc_test_find_chart (regional, "regions")), ==, ESC_CHART_REGIONS);
  g_assert_cmpuint (presidential->len, ==, 2);   /* shares, other figures */
  g_assert_cmpint (esc_chart_get_kind (esc_test_find_chart (presidential, "shares")), ==, ESC_CHART_SHARES);

  g_assert_cmpuint (esc_chart_get_total_seats (seats), ==, 23);
  g_assert_cmpuint (esc_chart_get_majority (seats), ==, 12);
  for (guint i = 0; i < esc_chart_get_n_marks (seats); i++)
    {
      const EscChartMark *mark = esc_chart_get_mark (seats, i);

      total += mark->seats;
      if (mark->regions->len == 1 && esc_region_get_outcome (g_ptr_array_index (mark->regions, 0)) == ESC_OUTCOME_PENDING)
        pending += mark->seats;
    }
  g_assert_cmpuint (total, ==, 23);
  /* The CNE revised 20 to at least 18, and a report says 18: 18 stand, and the two
   * governorships the revision left out are Barinas and Apure, pending. */
  g_assert_cmpuint (pending, ==, 2);
  g_assert_nonnull (strstr (esc_chart_get_reading (seats), "18"));
  g_assert_null (strstr (esc_chart_get_reading (seats), "18–20"));
  g_assert_nonnull (strstr (esc_chart_get_reading (seats), "Barinas"));

  /* The change is one story, from the preliminary 20 to the revised 18, not a
   * disagreement between two councils. */
  g_assert_cmpuint (esc_chart_get_n_marks (changes), ==, 1);
  g_assert_cmpfloat (esc_chart_get_mark (changes, 0)->value, ==, -2);
  g_assert_cmpstr (esc_chart_get_mark (changes, 0)->value_text, ==, "20 → at least 18 (−2)");
  g_assert_true (g_str_has_prefix (esc_chart_get_reading (changes), "From preliminary (National Electoral Council) to revised"));
  for (guint i = 0; i < regional->len; i++)
    g_assert_cmpint (esc_chart_get_kind (g_ptr_array_index (regional, i)), !=, ESC_CHART_DISAGREEMENT);
}

static void
check_layout (EscChart *chart,
              double    width,
              double    height)
{
  EscChartStyle style;
  g_autoptr(EscChartLayout) layout = NULL;
  g_autoptr(GArray) boxes = NULL;

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_chart_layout_new (chart, width, height, &style);
  boxes = esc_chart_layout_get_text_boxes (layout);

  for (guint i = 0; i < boxes->len; i++)
    {
      EscRect *a = &g_array_index (boxes, EscRect, i);

      if (a->x < -0.5 || a->x + a->width > width + 0.5 || a->y < -0.5 || a->y + a->height > height + 0.5)
        g_error ("%s at %g×%g: text %u out of bounds (%g,%g %g×%g)", esc_chart_get_id (chart), width, height,
                 i, a->x, a->y, a->width, a->height);
      for (guint j = i + 1; j < boxes->len; j++)
        if (esc_test_boxes_overlap (a, &g_array_index (boxes, EscRect, j)))
          g_error ("%s at %g×%g: texts %u and %u overlap", esc_chart_get_id (chart), width, height, i, j);
    }

  for (guint i = 0; i < esc_chart_layout_get_n_seats (layout); i++)
    for (guint j = i + 1; j < esc_chart_layout_get_n_seats (layout); j++)
      {
        double xi, yi, ri, xj, yj, rj;
        guint mi, mj;

        esc_chart_layout_get_seat (layout, i, &xi, &yi, &ri, &mi);
        esc_chart_layout_get_seat (layout, j, &xj, &yj, &rj, &mj);
        g_assert_cmpfloat (hypot (xi - xj, yi - yj), >=, ri + rj - 0.01);
      }

  /* Larger charts get larger text; the smallest still has readable text. */
  g_assert_cmpfloat (esc_chart_layout_get_font_size (layout), >=, 9);
}

/* On a card or a slide of @width × @height the chart gets about this much of it: the
 * title, reading and sources take the rest. */
#define BODY_WIDTH 0.95
#define BODY_HEIGHT 0.65

/* Readable at the size of the canvas: text at least 2 % of its short side (and 9 px);
 * seats at least 15 % of it in radius × √seats, the size that keeps a hemicycle's
 * seats countable as their number grows, or 3 % of it in radius where there are few. */
static void
check_readable (EscChart *chart,
                double    width,
                double    height)
{
  double short_side = MIN (width, height);
  EscChartStyle style;
  g_autoptr(EscChartLayout) layout = NULL;
  double x, y, radius;
  guint mark;

  check_layout (chart, width * BODY_WIDTH, height * BODY_HEIGHT);
  esc_chart_style_init_default (&style, FALSE);
  layout = esc_chart_layout_new (chart, width * BODY_WIDTH, height * BODY_HEIGHT, &style);
  if (esc_chart_layout_get_font_size (layout) < MAX (9, short_side * 0.02))
    g_error ("%s at %g×%g: text of %.1f px", esc_chart_get_id (chart), width, height,
             esc_chart_layout_get_font_size (layout));
  if (esc_chart_layout_get_seat (layout, 0, &x, &y, &radius, &mark)
      && radius < MIN (short_side * 0.15 / sqrt (esc_chart_get_total_seats (chart)), short_side * 0.03))
    g_error ("%s at %g×%g: seats of %.1f px for %u", esc_chart_get_id (chart), width, height, radius,
             esc_chart_get_total_seats (chart));
}

static const struct { double width, height; } canvases[] = {
  { 640, 360 }, { 1280, 720 }, { 1920, 1080 }, { 3840, 2160 }, { 360, 640 },
};

static void
check_all_layouts (EscDataset *dataset)
{
  GListModel *elections = esc_dataset_get_elections (dataset);

  for (guint e = 0; e < g_list_model_get_n_items (elections); e++)
    {
      g_autoptr(GPtrArray) charts = esc_test_charts_of (dataset, e);

      for (guint c = 0; c < charts->len; c++)
        {
          for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
            check_layout (g_ptr_array_index (charts, c), sizes[s].width, sizes[s].height);
          for (guint s = 0; s < G_N_ELEMENTS (canvases); s++)
            check_readable (g_ptr_array_index (charts, c), canvases[s].width, canvases[s].height);
        }
    }
}

/* A parliament of @seats seats shared by @parties parties with long names, over the
 * three blocs. */
static EscDataset *
parliament (guint seats,
            guint parties)
{
  g_autoptr(GString) json = g_string_new (
    "{\"format\": \"escrutinio-dataset\", \"version\": 1, \"title\": \"T\","
    " \"articles\": [{\"id\": \"a\", \"title\": \"A\", \"language\": \"en\", \"paragraphs\": [\"The figures.\"]}],"
    " \"elections\": [{\"id\": \"e\", \"country\": \"PT\", \"kind\": \"parliamentary\", \"title\": \"E\", \"parties\": [");
  static const char *blocs[] = { "government", "opposition", "other" };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  EscDataset *dataset;

  for (guint p = 0; p < parties; p++)
    g_string_append_printf (json, "%s{\"id\": \"p%u\", \"name\": \"Party number %u of a long-named coalition\","
                            " \"short_name\": \"P%u\", \"bloc\": \"%s\"}", p ? ", " : "", p, p, p, blocs[p % 3]);
  g_string_append (json, "], \"claims\": [");
  for (guint p = 0; p < parties; p++)
    g_string_append_printf (json, "{\"id\": \"s%u\", \"measure\": \"offices_won\", \"subject\": \"p%u\","
                            " \"value\": %u, \"out_of\": %u, \"unit\": \"count\", \"claimed_by\": {\"kind\": \"outlet\"},"
                            " \"status\": \"reported\", \"sources\": [{\"article\": \"a\", \"quote\": \"The figures.\"}]}, ",
                            p, p, seats / parties + (p < seats % parties), seats);
  g_string_truncate (json, json->len - 2);
  g_string_append (json, "]}]}");
  bytes = g_bytes_new (json->str, json->len);
  dataset = esc_dataset_new_from_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

/* From 2 seats to 700, from 2 parties to 12: all named, nothing overlapping, text and
 * seats readable from a 640×360 export to a 3840×2160 slide. */
static void
test_layouts_seat_counts (void)
{
  static const struct { guint seats, parties; } shapes[] = { { 2, 2 }, { 23, 4 }, { 230, 8 }, { 700, 12 } };

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autoptr(EscDataset) dataset = parliament (shapes[i].seats, shapes[i].parties);
      g_autoptr(GPtrArray) charts = esc_test_charts_of (dataset, 0);
      EscChart *seats = esc_test_find_chart (charts, "seats");

      g_assert_cmpuint (esc_chart_get_total_seats (seats), ==, shapes[i].seats);
      g_assert_cmpuint (esc_chart_get_n_legend_entries (seats), ==, shapes[i].parties);
      check_all_layouts (dataset);
    }
}

static void
test_layouts_new_fixtures (void)
{
  static const char *names[] = {
    "tests/fixtures/parliament-count-changes.json", "tests/fixtures/referendum.json",
    "tests/fixtures/regions-only.json", "tests/fixtures/regions-disagree.json",
    "tests/fixtures/mexico-governors-2021.json", "tests/fixtures/regions-unmatched.json",
    "tests/fixtures/venezuela-24-entities.json", "tests/fixtures/regions-spellings.json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(EscDataset) dataset = esc_test_load (names[i]);

      check_all_layouts (dataset);
    }
}

static void
test_layouts_default (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("data/venezuela-elections.json");

  check_all_layouts (dataset);
}

static void
test_layouts_fixture (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("tests/fixtures/synthetic-parliament.json");
  g_autoptr(GPtrArray) charts = esc_test_charts_of (dataset, 0);
  EscChart *seats = esc_test_find_chart (charts, "seats");
  EscChartStyle style;
  g_autoptr(EscChartLayout) layout = NULL;

  check_all_layouts (dataset);

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_chart_layout_new (seats, 1000, 600, &style);
  g_assert_cmpuint (esc_chart_layout_get_n_seats (layout), ==, esc_chart_get_total_seats (seats));
}

/* Values so large that adding an axis step no longer changes them: the axis must still
 * end (it looped forever, filling memory) and the chart lay out. */
static void
test_huge_values (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("tests/fixtures/huge-values.json");
  g_autoptr(GPtrArray) charts = esc_test_charts_of (dataset, 0);
  EscChartStyle style;

  g_assert_cmpuint (charts->len, >, 0);
  esc_chart_style_init_default (&style, FALSE);
  for (guint i = 0; i < charts->len; i++)
    {
      g_autoptr(EscChartLayout) layout = esc_chart_layout_new (g_ptr_array_index (charts, i), 1000, 600, &style);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1000, 600);
      cairo_t *cr = cairo_create (surface);

      esc_chart_layout_draw (layout, cr, -1, -1);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* Turnout and shares sit on a 0–100 % axis: a figure in another unit (people, votes)
 * must not become a bar there (12 million people made a bar 120 000 plots long). */
static void
test_odd_units (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("tests/fixtures/odd-units.json");
  g_autoptr(GPtrArray) charts = esc_test_charts_of (dataset, 0);
  EscChartStyle style;
  guint percent_charts = 0;

  esc_chart_style_init_default (&style, FALSE);
  for (guint i = 0; i < charts->len; i++)
    {
      EscChart *chart = g_ptr_array_index (charts, i);
      g_autoptr(EscChartLayout) layout = esc_chart_layout_new (chart, 1000, 600, &style);

      if (!esc_chart_is_percent (chart))
        continue;
      percent_charts++;
      for (guint m = 0; m < esc_chart_get_n_marks (chart); m++)
        {
          const EscChartMark *mark = esc_chart_get_mark (chart, m);
          EscRect bounds;

          if (mark->style == ESC_MARK_UNREPORTED)
            continue;
          g_assert_cmpfloat (mark->value, >=, 0);
          g_assert_cmpfloat (mark->value, <=, 100);
          g_assert_true (esc_chart_layout_get_mark_bounds (layout, m, &bounds));
          g_assert_cmpfloat (bounds.x + bounds.width, <=, 1000);
        }
    }
  g_assert_cmpuint (percent_charts, >=, 2);
}

/* Seat counts beyond what a seat chart holds: no seat chart claims to show them, their
 * figures are listed in words; and a chart where no seat is certain still says
 * something. */
static void
test_seats_out_of_range (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("tests/fixtures/seats-out-of-range.json");
  g_autoptr(GPtrArray) huge = esc_test_charts_of (dataset, 0);
  g_autoptr(GPtrArray) doubt = esc_test_charts_of (dataset, 1);
  EscChart *words = esc_test_find_chart (huge, "other-figures");
  EscChart *uncertain = esc_test_find_chart (doubt, "seats");

  g_assert_null (esc_test_find_chart (huge, "seats"));
  g_assert_nonnull (words);
  g_assert_cmpuint (esc_chart_get_claims (words)->len, ==, esc_election_get_claims (esc_test_election (dataset, 0))->len);

  g_assert_nonnull (uncertain);
  g_assert_false (g_str_has_suffix (esc_chart_get_reading (uncertain), ": ."));
  g_assert_cmpuint (strlen (esc_chart_get_reading (uncertain)), >, 15);
}

/* Seats are laid left to right, and the majority line falls between the seat that
 * makes a majority and the one before it. */
static void
test_hemicycle (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("data/venezuela-elections.json");
  g_autoptr(GPtrArray) charts = esc_test_charts_of (dataset, 0);
  EscChart *seats = esc_test_find_chart (charts, "seats");
  EscChartStyle style;
  g_autoptr(EscChartLayout) layout = NULL;
  double previous = G_MAXDOUBLE, majority, x, y, r, cx = 0;
  guint mark, last_mark = 0;

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_chart_layout_new (seats, 900, 500, &style);
  g_assert_cmpuint (esc_chart_layout_get_n_seats (layout), ==, 23);
  g_assert_true (esc_chart_layout_get_majority_angle (layout, &majority));
  g_assert_cmpfloat_with_epsilon (majority, G_PI / 2, 0.3);

  for (guint i = 0; i < 23; i++)
    {
      g_assert_true (esc_chart_layout_get_seat (layout, i, &x, &y, &r, &mark));
      /* Marks come in order: no group is split across the hemicycle. */
      g_assert_cmpuint (mark, >=, last_mark);
      last_mark = mark;
      cx += x / 23;
    }
  (void) previous;
  /* Government seats (mark 0) are left of centre. */
  esc_chart_layout_get_seat (layout, 0, &x, &y, &r, &mark);
  g_assert_cmpuint (mark, ==, 0);
  g_assert_cmpfloat (x, <, cx);
}

static guint32
pixel (cairo_surface_t *surface,
       double           x,
       double           y)
{
  guint32 *data = (guint32 *) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;

  return data[(int) y * stride + (int) x] & 0xffffff;
}

static guint32
to_pixel (EscRgb color)
{
  return (guint32) round (color.red * 255) << 16 | (guint32) round (color.green * 255) << 8 | (guint32) round (color.blue * 255);
}

/* What lands on the surface: bloc colours at the seats, ink where each text is. */
static void
test_rendering (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("data/venezuela-elections.json");
  g_autoptr(GPtrArray) charts = esc_test_charts_of (dataset, 0);
  EscChart *seats = esc_test_find_chart (charts, "seats");
  EscChartStyle style;
  g_autoptr(EscChartLayout) layout = NULL;
  g_autoptr(GArray) boxes = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 500);
  cairo_t *cr = cairo_create (surface);
  guint32 background;

  for (int dark = 0; dark < 2; dark++)
    {
      guint counts[ESC_N_BLOCS] = { 0 };

      esc_chart_style_init_default (&style, dark);
      g_clear_pointer (&layout, esc_chart_layout_free);
      layout = esc_chart_layout_new (seats, 900, 500, &style);
      esc_chart_layout_draw (layout, cr, -1, -1);
      cairo_surface_flush (surface);
      background = to_pixel (style.background);

      for (guint i = 0; i < esc_chart_layout_get_n_seats (layout); i++)
        {
          double x, y, r;
          guint mark;
          const EscChartMark *m;

          esc_chart_layout_get_seat (layout, i, &x, &y, &r, &mark);
          m = esc_chart_get_mark (seats, mark);
          if (m->style != ESC_MARK_SOLID)
            continue;
          g_assert_cmphex (pixel (surface, x, y), ==, to_pixel (esc_palette_bloc_color (style.palette, m->bloc)));
          counts[m->bloc]++;
        }
      g_assert_cmpuint (counts[ESC_BLOC_GOVERNMENT], ==, 18);
      g_assert_cmpuint (counts[ESC_BLOC_OPPOSITION], ==, 3);

      /* Every text box holds ink: the words are really drawn. */
      g_clear_pointer (&boxes, g_array_unref);
      boxes = esc_chart_layout_get_text_boxes (layout);
      for (guint b = 0; b < boxes->len; b++)
        {
          EscRect *box = &g_array_index (boxes, EscRect, b);
          guint ink = 0;

          for (int y = box->y; y < box->y + box->height && y < 500; y++)
            for (int x = box->x; x < box->x + box->width && x < 900; x++)
              ink += pixel (surface, x, y) != background;
          g_assert_cmpuint (ink, >, 10);
        }
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

static gboolean
contains_bytes (const char *haystack,
                gsize       length,
                const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (haystack + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_exports (void)
{
  g_autoptr(EscDataset) dataset = esc_test_load ("data/venezuela-elections.json");
  g_autoptr(GPtrArray) charts = esc_test_charts_of (dataset, 1);
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-export-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "c.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "c.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "c.pdf", NULL);
  g_autofree char *svg_text = NULL;
  g_autofree char *pdf_text = NULL;
  gsize svg_length, pdf_length;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;
  EscChartStyle style;

  esc_chart_style_init_default (&style, FALSE);
  g_assert_true (esc_chart_export (g_ptr_array_index (charts, 0), ESC_EXPORT_PNG, 800, 450, 2, &style, png, &error));
  g_assert_true (esc_chart_export (g_ptr_array_index (charts, 0), ESC_EXPORT_SVG, 800, 450, 1, &style, svg, &error));
  g_assert_true (esc_chart_export (g_ptr_array_index (charts, 0), ESC_EXPORT_PDF, 800, 450, 1, &style, pdf, &error));
  g_assert_no_error (error);

  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 900);
  cairo_surface_destroy (image);

  svg_text = read_file (svg, &svg_length);
  g_assert_true (g_str_has_prefix (svg_text, "<?xml"));
  g_assert_nonnull (strstr (svg_text, "width=\"800"));
  g_assert_nonnull (strstr (svg_text, "height=\"450"));

  /* PDFs hold binary streams: search the whole length, past any NUL byte. */
  pdf_text = read_file (pdf, &pdf_length);
  g_assert_true (g_str_has_prefix (pdf_text, "%PDF-"));
  g_assert_true (contains_bytes (pdf_text, pdf_length, "/MediaBox [ 0 0 800 450 ]"));

  g_unlink (png);
  g_unlink (svg);
  g_unlink (pdf);
  g_rmdir (dir);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
refuse_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  return CAIRO_STATUS_WRITE_ERROR;
}

/* The same exports into memory; a stream that fails is an error that names the chart. */
static void
test_exports_to_stream (void)
{
  static const char *magic[] = { "\x89PNG", "<?xml", "%PDF-" };
  g_autoptr(EscDataset) dataset = esc_test_load ("data/venezuela-elections.json");
  g_autoptr(GPtrArray) charts = esc_test_charts_of (dataset, 1);
  EscChart *chart = g_ptr_array_index (charts, 0);
  g_autoptr(GError) error = NULL;
  EscChartStyle style;

  esc_chart_style_init_default (&style, FALSE);
  for (EscExportFormat format = ESC_EXPORT_PNG; format <= ESC_EXPORT_PDF; format++)
    {
      g_autoptr(GByteArray) bytes = g_byte_array_new ();

      g_assert_true (esc_chart_export_to_stream (chart, format, 800, 450, 1, &style, append_bytes, bytes, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (bytes->len, >, strlen (magic[format]));
      g_assert_cmpmem (bytes->data, strlen (magic[format]), magic[format], strlen (magic[format]));
    }

  g_assert_false (esc_chart_export_to_stream (chart, ESC_EXPORT_SVG, 800, 450, 1, &style, refuse_bytes, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, esc_chart_get_title (chart)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/default", test_default_charts);
  g_test_add_func ("/charts/layout/default", test_layouts_default);
  g_test_add_func ("/charts/layout/fixture", test_layouts_fixture);
  g_test_add_func ("/charts/layout/new-fixtures", test_layouts_new_fixtures);
  g_test_add_func ("/charts/layout/seat-counts", test_layouts_seat_counts);
  g_test_add_func ("/charts/hemicycle", test_hemicycle);
  g_test_add_func ("/charts/huge-values", test_huge_values);
  g_test_add_func ("/charts/odd-units", test_odd_units);
  g_test_add_func ("/charts/seats-out-of-range", test_seats_out_of_range);
  g_test_add_func ("/charts/rendering", test_rendering);
  g_test_add_func ("/charts/exports", test_exports);
  g_test_add_func ("/charts/exports-to-stream", test_exports_to_stream);

  return g_test_run ();
}
