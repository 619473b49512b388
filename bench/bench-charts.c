/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How long drawing and exporting every chart takes: a benchmark, not a test. Run with
 * `meson compile -C build bench`. Each figure is the median of repeated runs on this
 * machine; compare runs on one machine, not across machines. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "esc-chart-export.h"
#include "esc-dataset.h"
#include "bench-stats.h"

#define REPEATS 15

/* Layout and paint at @width × @height on an image surface, as a window or a slide does. */
static double
time_draw (EscChart *chart,
           int       width,
           int       height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  double times[REPEATS];
  EscChartStyle style;

  esc_chart_style_init_default (&style, FALSE);
  for (guint i = 0; i < REPEATS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      EscChartLayout *layout = esc_chart_layout_new (chart, width, height, &style);

      esc_chart_layout_draw (layout, cr, -1, -1);
      cairo_surface_flush (surface);
      esc_chart_layout_free (layout);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return bench_median (times, REPEATS);
}

static double
time_export (EscChart        *chart,
             EscExportFormat  format,
             const char      *dir)
{
  g_autofree char *path = g_strdup_printf ("%s/bench.%s", dir, esc_export_format_extension (format));
  double times[5];
  EscChartStyle style;

  esc_chart_style_init_default (&style, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!esc_chart_export (chart, format, 1920, 1080, 1, &style, path, NULL))
        g_error ("export failed");
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  g_unlink (path);
  return bench_median (times, G_N_ELEMENTS (times));
}

static void
bench_dataset (const char *path,
               const char *dir,
               double      totals[5])
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(EscDataset) dataset = esc_dataset_new_from_file (file, NULL, NULL, NULL);
  GListModel *elections;

  g_assert (dataset != NULL);
  elections = esc_dataset_get_elections (dataset);
  for (guint e = 0; e < g_list_model_get_n_items (elections); e++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, e);
      g_autoptr(GPtrArray) charts = esc_charts_for_election (election);

      for (guint c = 0; c < charts->len; c++)
        {
          EscChart *chart = g_ptr_array_index (charts, c);
          double row[5] = {
            time_draw (chart, 1920, 1080), time_draw (chart, 3840, 2160),
            time_export (chart, ESC_EXPORT_PNG, dir), time_export (chart, ESC_EXPORT_SVG, dir),
            time_export (chart, ESC_EXPORT_PDF, dir),
          };
          g_autofree char *name = g_strdup_printf ("%s--%s", esc_election_get_id (election), esc_chart_get_id (chart));

          printf ("%-44s %8.2f %8.2f %8.2f %8.2f %8.2f\n", name, row[0], row[1], row[2], row[3], row[4]);
          for (guint k = 0; k < 5; k++)
            totals[k] += row[k];
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-bench-XXXXXX", NULL);
  double totals[5] = { 0 };

  if (argc < 2)
    {
      g_printerr ("Usage: %s DATASET...\n", argv[0]);
      return 2;
    }

  printf ("Median milliseconds per chart (layout + paint; then export as a 1920×1080 card)\n");
  printf ("%-44s %8s %8s %8s %8s %8s\n", "chart", "1080p", "4K", "PNG", "SVG", "PDF");
  for (int i = 1; i < argc; i++)
    bench_dataset (argv[i], dir, totals);
  printf ("%-44s %8.2f %8.2f %8.2f %8.2f %8.2f\n", "all charts", totals[0], totals[1], totals[2], totals[3], totals[4]);

  g_rmdir (dir);
  return 0;
}
