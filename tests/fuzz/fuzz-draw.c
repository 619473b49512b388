/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target in the shape of poppler's draw fuzzer: load the bytes, then draw
 * everything a dataset can become (every chart, the reactions map, every slide of every
 * election) at a small and a large size in a light and a dark high-contrast style, the
 * way the screen, the presenter and the exports draw them, and export each to SVG in
 * memory. Whatever a dataset that loads holds, drawing it must not crash, leak, hang,
 * leave Cairo in an error state or break what the layouts promise. */
#include "config.h"

#include <cairo-svg.h>
#include <math.h>
#include <stdint.h>

#include "esc-chart-export.h"
#include "esc-dataset.h"
#include "esc-geo-store.h"
#include "esc-map.h"
#include "esc-reactions-map.h"
#include "esc-slides.h"
#include "esc-test-charts.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A phone-sized card and a full-HD slide: small sizes find the cramped layouts, large
 * ones the big fonts. Everything is laid out at the size; the large one is rasterized
 * at a quarter of it (its coordinates are full HD's, its pixels a sixteenth), because
 * filling two million pixels exercises pixman, not Escrutinio, and would cost most of
 * an execution. */
typedef struct {
  int width;
  int height;
  double pixel_scale;
} Size;

static const Size sizes[] = { { 320, 180, 1 }, { 1920, 1080, 0.25 } };

/* The screen draws charts at the size of the text around them, not of the chart. */
#define SCREEN_FONT_SIZE (11 * 96.0 / 72.0)


static void
init_styles (EscChartStyle styles[2])
{
  esc_chart_style_init_default (&styles[0], FALSE);
  esc_slide_style_init (&styles[1], TRUE);
}

/* SVG bytes are counted, never kept: the export's path is what is under test. */
static cairo_status_t
count_bytes (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

/* A context on an image surface of @size, in its user units. */
static cairo_t *
create_image (const Size *size)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) ceil (size->width * size->pixel_scale),
                                                         (int) ceil (size->height * size->pixel_scale));
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  cairo_scale (cr, size->pixel_scale, size->pixel_scale);
  return cr;
}

/* Drawing left Cairo well: no error on the context or its surface. */
static void
assert_drawn (cairo_t *cr)
{
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_surface_status (cairo_get_target (cr)), ==, CAIRO_STATUS_SUCCESS);
}

static void
assert_rect_finite (const EscRect *rect)
{
  g_assert_true (isfinite (rect->x) && isfinite (rect->y) && isfinite (rect->width) && isfinite (rect->height));
}

/* What the layouts promise whatever the data: text where it can be drawn, inside the
 * width it was given (long words wrap or are cut, never run off), none on another. */
static void
assert_texts_apart (GArray     *boxes,
                    double      width,
                    const char *what)
{
  for (guint i = 0; i < boxes->len; i++)
    {
      const EscRect *a = &g_array_index (boxes, EscRect, i);

      assert_rect_finite (a);
      if (a->x < -0.5 || a->x + a->width > width + 0.5)
        g_error ("%s, %g wide: text %u runs off (%g + %g)", what, width, i, a->x, a->width);
      for (guint j = i + 1; j < boxes->len; j++)
        if (esc_test_boxes_overlap (a, &g_array_index (boxes, EscRect, j)))
          g_error ("%s, %g wide: texts %u and %u overlap", what, width, i, j);
    }
}

/* A seat chart draws one seat per seat it counts, each a mark's, and its marks' seats
 * add up to that count. */
static void
assert_seats_add_up (EscChart       *chart,
                     EscChartLayout *layout)
{
  guint total = esc_chart_get_total_seats (chart), counted = 0;

  if (esc_chart_get_kind (chart) != ESC_CHART_SEATS)
    return;
  for (guint i = 0; i < esc_chart_get_n_marks (chart); i++)
    counted += esc_chart_get_mark (chart, i)->seats;
  g_assert_cmpuint (counted, ==, total);
  g_assert_cmpuint (esc_chart_layout_get_n_seats (layout), ==, total);
  for (guint i = 0; i < total; i++)
    {
      double x, y, radius;
      guint mark;

      g_assert_true (esc_chart_layout_get_seat (layout, i, &x, &y, &radius, &mark));
      g_assert_true (isfinite (x) && isfinite (y) && radius > 0);
      g_assert_cmpuint (mark, <, esc_chart_get_n_marks (chart));
    }
}

/* As EscDrawnView shows @drawing in @style, and checks what every layout promises:
 * measured, laid out at @size, its text apart, drawn with the first item focused and
 * the last hovered, each item where it is hit and with words for its tooltip. */
static void
lay_out (EscDrawing          *drawing,
         const Size          *size,
         const EscChartStyle *style,
         const char          *what)
{
  cairo_t *cr = create_image (size);
  g_autoptr(EscDrawingLayout) layout = NULL;
  g_autoptr(GArray) boxes = NULL;
  guint n_items = esc_drawing_get_n_items (drawing);
  double minimum, natural;
  EscRect bounds;

  esc_drawing_measure_height (drawing, size->width, style, &minimum, &natural);
  g_assert_true (isfinite (minimum) && isfinite (natural) && minimum <= natural);
  layout = esc_drawing_layout_new (drawing, size->width, size->height, style);
  boxes = esc_drawing_layout_get_text_boxes (layout);
  assert_texts_apart (boxes, size->width, what);
  esc_drawing_layout_draw (layout, cr, n_items > 0 ? 0 : -1, (int) n_items - 1);
  assert_drawn (cr);
  cairo_destroy (cr);

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *text = esc_drawing_describe_item (drawing, i);

      g_assert_true (text != NULL && text[0] != '\0');
      if (esc_drawing_layout_get_item_bounds (layout, i, &bounds))
        {
          assert_rect_finite (&bounds);
          g_assert_cmpint (esc_drawing_layout_hit (layout, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2),
                           <, (int) n_items);
        }
    }
}

/* As the screen shows @chart (in the text's size) and as exports size it (text
 * following the width). */
static void
draw_chart_layouts (EscChart            *chart,
                    const Size          *size,
                    const EscChartStyle *export_style)
{
  EscChartStyle screen = *export_style;
  const EscChartStyle *styles[] = { &screen, export_style };

  screen.opaque = FALSE;
  screen.font_size = SCREEN_FONT_SIZE;
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      lay_out (ESC_DRAWING (chart), size, styles[i], esc_chart_get_id (chart));
      if (esc_chart_get_kind (chart) == ESC_CHART_SEATS)
        {
          g_autoptr(EscChartLayout) layout = esc_chart_layout_new (chart, size->width, size->height, styles[i]);

          assert_seats_add_up (chart, layout);
        }
    }
}

/* On screen, and exported: the card itself, as an image, is its slide's. */
static void
draw_chart (EscChart            *chart,
            const Size          *size,
            const EscChartStyle *style)
{
  g_autoptr(GError) error = NULL;
  gsize svg_bytes = 0;

  draw_chart_layouts (chart, size, style);
  if (!esc_chart_export_to_stream (chart, ESC_EXPORT_SVG, size->width, size->height, 1, style,
                                   count_bytes, &svg_bytes, &error))
    g_error ("%s at %d×%d: %s", esc_chart_get_id (chart), size->width, size->height, error->message);
  g_assert_cmpuint (svg_bytes, >, 0);
}

/* As the screen shows the map, fitted to the reactions or (@whole_world) not, then the
 * map's SVG export. Its slide draws it as a card. */
static void
draw_map (EscElection         *election,
          const Size          *size,
          const EscChartStyle *style,
          gboolean             whole_world)
{
  g_autoptr(EscReactionsMap) map = esc_reactions_map_new (election, whole_world);
  g_autoptr(GError) error = NULL;
  gsize svg_bytes = 0;

  lay_out (ESC_DRAWING (map), size, style, "map");
  if (!esc_map_export_to_stream (election, ESC_EXPORT_SVG, size->width, size->height, 1, style,
                                 count_bytes, &svg_bytes, &error))
    g_error ("map at %d×%d: %s", size->width, size->height, error->message);
  g_assert_cmpuint (svg_bytes, >, 0);
}

/* Draws @slide with @cr, which it then destroys. */
static void
render_slide (const EscSlide      *slide,
              cairo_t             *cr,
              const Size          *size,
              const EscChartStyle *style)
{
  esc_slide_render (slide, cr, size->width, size->height, style);
  assert_drawn (cr);
  cairo_destroy (cr);
}

static void
export_slide_svg (const EscSlide      *slide,
                  const Size          *size,
                  const EscChartStyle *style)
{
  gsize svg_bytes = 0;
  cairo_surface_t *svg = cairo_svg_surface_create_for_stream (count_bytes, &svg_bytes, size->width, size->height);

  render_slide (slide, cairo_create (svg), size, style);
  cairo_surface_finish (svg);
  g_assert_cmpint (cairo_surface_status (svg), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpuint (svg_bytes, >, 0);
  cairo_surface_destroy (svg);
}

/* The presenter's image of each slide, and an SVG of those that draw more than a card:
 * a chart's slide is its card, which draw_chart() exports, and the map's is the map's,
 * which draw_map() does; drawing the world twice more would double an execution. */
static void
draw_slides (EscElection         *election,
             const Size          *size,
             const EscChartStyle *style)
{
  g_autoptr(GPtrArray) slides = esc_slides_for_election (election);

  for (guint i = 0; i < slides->len; i++)
    {
      const EscSlide *slide = g_ptr_array_index (slides, i);
      g_autofree char *title = esc_slide_get_title (slide);
      g_autofree char *sources = esc_slide_get_sources (slide);

      g_assert_nonnull (title);
      g_assert_nonnull (sources);
      render_slide (slide, create_image (size), size, style);
      if (slide->kind != ESC_SLIDE_CHART && slide->kind != ESC_SLIDE_MAP)
        export_slide_svg (slide, size, style);
    }
}

static void
draw_election (EscElection *election)
{
  g_autoptr(GPtrArray) charts = esc_charts_for_election (election);
  EscChartStyle styles[2];

  init_styles (styles);
  for (guint c = 0; c < charts->len; c++)
    {
      EscDrawing *chart = g_ptr_array_index (charts, c);
      g_autofree char *description = esc_drawing_describe (chart);

      /* Screen readers get this: a chart always says something. */
      g_assert_true (description != NULL && description[0] != '\0');
      g_assert_true (esc_drawing_get_title (chart)[0] != '\0');
    }

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      {
        for (guint c = 0; c < charts->len; c++)
          draw_chart (g_ptr_array_index (charts, c), &sizes[z], &styles[s]);
        /* Both ways of fitting the map, one per style: the map costs the most to draw. */
        draw_map (election, &sizes[z], &styles[s], s == 1);
        draw_slides (election, &sizes[z], &styles[s]);
      }
}

static void
draw_dataset (EscDataset *dataset)
{
  GListModel *elections = esc_dataset_get_elections (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (elections); i++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, i);

      draw_election (election);
    }
}

static GBytes *
lookup_resource (const char *name)
{
  g_autofree char *path = g_strconcat (RESOURCE_PATH, "/", name, NULL);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return bytes;
}

/* The world map is decoded once, as the app does. Drawing the built-in dataset once
 * here loads fontconfig's cache, Pango's fonts and the iso-codes catalogues, which
 * take seconds and stay for the life of the process: no input pays for them, and
 * LeakSanitizer does not count them against one. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GBytes) default_dataset = lookup_resource ("default-dataset.json");
  g_autoptr(EscDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* As in the tests: a critical or a warning is a finding. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  g_assert_nonnull (esc_geo_store_get_world ());
  dataset = esc_dataset_new_from_bytes (default_dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  draw_dataset (dataset);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(EscDataset) dataset = esc_dataset_new_from_bytes (bytes, NULL, NULL, NULL);

  if (dataset != NULL)
    draw_dataset (dataset);
  return 0;
}
