/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The drawing core and the reader's search on datasets of growing size: every chart and
 * every election's map laid out and painted at 1920×1080, every chart exported as SVG,
 * the first hundred also as PNG and PDF, and searches across all articles. One pass
 * each (these are thousands of charts), so compare sizes within a run.
 *
 *   bench-scale WORLD.json DATASET... */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "esc-chart-export.h"
#include "esc-dataset.h"
#include "esc-geo-store.h"
#include "esc-file-read.h"
#include "esc-highlights.h"
#include "esc-map.h"
#include "esc-geo-layer.h"

#define WIDTH 1920
#define HEIGHT 1080
#define EXPORT_SAMPLE 100

typedef struct {
  guint charts, maps;
  double draw_ms, map_ms, svg_ms, png_ms, pdf_ms, search_ms;
  guint png_count;
} Figures;

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
draw_chart (EscChart *chart,
            cairo_t  *cr)
{
  EscChartStyle style;
  EscChartLayout *layout;

  esc_chart_style_init_default (&style, FALSE);
  layout = esc_chart_layout_new (chart, WIDTH, HEIGHT, &style);
  esc_chart_layout_draw (layout, cr, -1, -1);
  esc_chart_layout_free (layout);
}

static void
export_chart (EscChart        *chart,
              EscExportFormat  format,
              const char      *dir,
              double          *total)
{
  g_autofree char *path = g_strdup_printf ("%s/bench.%s", dir, esc_export_format_extension (format));
  EscChartStyle style;
  gint64 start = g_get_monotonic_time ();

  esc_chart_style_init_default (&style, FALSE);
  if (!esc_chart_export (chart, format, WIDTH, HEIGHT, 1, &style, path, NULL))
    g_error ("export failed");
  *total += ms_since (start);
  g_unlink (path);
}

static void
bench_election (EscElection *election,
                cairo_t     *cr,
                const char  *dir,
                Figures     *figures)
{
  g_autoptr(GPtrArray) charts = esc_charts_for_election (election);
  EscChartStyle style;
  gint64 start;

  for (guint c = 0; c < charts->len; c++)
    {
      EscChart *chart = g_ptr_array_index (charts, c);

      start = g_get_monotonic_time ();
      draw_chart (chart, cr);
      figures->draw_ms += ms_since (start);
      export_chart (chart, ESC_EXPORT_SVG, dir, &figures->svg_ms);
      if (figures->png_count < EXPORT_SAMPLE)
        {
          export_chart (chart, ESC_EXPORT_PNG, dir, &figures->png_ms);
          export_chart (chart, ESC_EXPORT_PDF, dir, &figures->pdf_ms);
          figures->png_count++;
        }
      figures->charts++;
    }

  esc_chart_style_init_default (&style, FALSE);
  start = g_get_monotonic_time ();
  {
    EscMapLayout *layout = esc_map_layout_new (election, WIDTH, HEIGHT, &style, FALSE);

    esc_map_layout_draw (layout, cr, NULL, NULL);
    esc_map_layout_free (layout);
  }
  figures->map_ms += ms_since (start);
  figures->maps++;
}

static void
bench_search (EscDataset *dataset,
              Figures    *figures)
{
  static const char *queries[] = { "minister", "elección", "no such words anywhere" };
  GPtrArray *articles = esc_dataset_get_articles (dataset);
  gint64 start = g_get_monotonic_time ();

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (guint i = 0; i < articles->len; i++)
      esc_article_contains (g_ptr_array_index (articles, i), queries[q]);
  figures->search_ms = ms_since (start) / G_N_ELEMENTS (queries);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-bench-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;

  if (argc < 2)
    {
      g_printerr ("Usage: %s DATASET...\n", argv[0]);
      return 2;
    }
  /* Decoded before the clock starts, as the app does once. */
  g_assert_nonnull (esc_geo_store_get_world ());

  printf ("Drawing, exporting and searching, one pass over each dataset\n");
  printf ("| file | size | charts | draw all at 1920×1080 | per chart | maps | map each | SVG per chart | "
          "PNG per chart | PDF per chart | search all articles | search per MB |\n");
  printf ("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (argv[i]);
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
      g_autoptr(EscDataset) dataset = esc_dataset_new_from_file (file, NULL, NULL, &error);
      g_autofree char *name = g_file_get_basename (file);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
      cairo_t *cr = cairo_create (surface);
      GListModel *elections;
      double size = info ? g_file_info_get_size (info) / (1024.0 * 1024.0) : 0;
      Figures figures = { 0 };

      if (dataset == NULL)
        g_error ("%s", error->message);
      elections = esc_dataset_get_elections (dataset);
      for (guint e = 0; e < g_list_model_get_n_items (elections); e++)
        {
          g_autoptr(EscElection) election = g_list_model_get_item (elections, e);

          bench_election (election, cr, dir, &figures);
        }
      bench_search (dataset, &figures);
      printf ("| %s | %.2f MB | %u | %.0f ms | %.2f ms | %u | %.2f ms | %.2f ms | %.1f ms | %.1f ms | %.1f ms | %.2f ms |\n",
              name, size, figures.charts, figures.draw_ms, figures.draw_ms / figures.charts, figures.maps,
              figures.map_ms / figures.maps, figures.svg_ms / figures.charts,
              figures.png_ms / MAX (figures.png_count, 1), figures.pdf_ms / MAX (figures.png_count, 1),
              figures.search_ms, figures.search_ms / size);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  g_rmdir (dir);
  return 0;
}
