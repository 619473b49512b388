/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The map of regions: how long a country's regions take to decode, how much memory
 * they keep once loaded, and how long the map takes to draw and export at 1920×1080;
 * then the same for every country the app ships. A benchmark, not a test: run with
 * `meson compile -C build bench`. Figures are medians; compare runs on one machine. */
#include "config.h"

#include <glib/gstdio.h>
#include <malloc.h>
#include <stdio.h>

#include "esc-chart-export.h"
#include "esc-dataset.h"
#include "esc-geo-store.h"
#include "bench-stats.h"

#define REPEATS 15

static double
since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Decoding @alpha2's regions from the GResource, as the store does on first use. */
static double
time_decode (const char *alpha2)
{
  g_autofree char *path = g_strdup_printf ("/io/github/escrutinio/Escrutinio/geo/regions/%s.json", alpha2);
  double times[5];

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr(EscGeoLayer) layer = esc_geo_layer_new_regions (bytes, NULL);

      g_assert (layer != NULL);
      times[i] = since (start);
    }
  return bench_median (times, G_N_ELEMENTS (times));
}

static double
time_draw (EscChart *chart)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  double times[REPEATS];
  EscChartStyle style;

  esc_chart_style_init_default (&style, FALSE);
  for (guint i = 0; i < REPEATS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      EscChartLayout *layout = esc_chart_layout_new (chart, 1920, 1080, &style);

      esc_chart_layout_draw (layout, cr, -1, -1);
      cairo_surface_flush (surface);
      esc_chart_layout_free (layout);
      times[i] = since (start);
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
  g_autofree char *path = g_strdup_printf ("%s/regions.%s", dir, esc_export_format_extension (format));
  double times[5];
  EscChartStyle style;

  esc_chart_style_init_default (&style, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!esc_chart_export (chart, format, 1920, 1080, 1, &style, path, NULL))
        g_error ("export failed");
      times[i] = since (start);
    }
  g_unlink (path);
  return bench_median (times, G_N_ELEMENTS (times));
}

/* The heap the store's layer for @alpha2 keeps, measured around its first use. */
static gsize
heap_of_first_load (const char *alpha2,
                    gsize      *counted)
{
  struct mallinfo2 before = mallinfo2 (), after;
  EscGeoLayer *layer = esc_geo_store_get_regions (alpha2);

  after = mallinfo2 ();
  *counted = layer ? esc_geo_layer_get_memory_size (layer) : 0;
  return after.uordblks > before.uordblks ? after.uordblks - before.uordblks : 0;
}

static void
bench_dataset (const char *path,
               const char *dir)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(EscDataset) dataset = esc_dataset_new_from_file (file, NULL, NULL, NULL);
  GListModel *elections;

  g_assert (dataset != NULL);
  elections = esc_dataset_get_elections (dataset);
  for (guint e = 0; e < g_list_model_get_n_items (elections); e++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, e);
      const char *country = esc_election_get_country (election);
      g_autoptr(GPtrArray) charts = NULL;
      EscChart *chart = NULL;
      gsize heap, counted;

      /* Measured before the charts load it. */
      if (esc_election_get_regions (election)->len == 0 || !esc_geo_store_has_regions (country))
        continue;
      heap = heap_of_first_load (country, &counted);
      charts = esc_charts_for_election (election);
      for (guint c = 0; c < charts->len && chart == NULL; c++)
        if (esc_chart_get_kind (g_ptr_array_index (charts, c)) == ESC_CHART_REGIONS)
          chart = g_ptr_array_index (charts, c);
      g_assert (chart != NULL);

      printf ("| %s (%s, %u regions) | %.1f ms | %.0f KB (%.0f KB counted) | %.1f ms | %.1f ms | %.1f ms | %.1f ms |\n",
              esc_election_get_id (election), country, esc_chart_get_n_marks (chart), time_decode (country),
              heap / 1024.0, counted / 1024.0, time_draw (chart), time_export (chart, ESC_EXPORT_PNG, dir),
              time_export (chart, ESC_EXPORT_SVG, dir), time_export (chart, ESC_EXPORT_PDF, dir));
    }
}

/* Every country at once: what the app ships, and the worst case of memory. */
static void
bench_all_countries (void)
{
  g_auto(GStrv) countries = esc_geo_store_list_regions ();
  gsize size = 0, counted = 0, heap = 0, largest_size = 0;
  const char *largest = "";
  gint64 start = g_get_monotonic_time ();
  double elapsed;

  for (guint i = 0; countries[i] != NULL; i++)
    {
      gsize one_counted, one_heap = heap_of_first_load (countries[i], &one_counted);

      size += esc_geo_store_get_regions_size (countries[i]);
      counted += one_counted;
      heap += one_heap;
      if (one_counted > largest_size)
        largest_size = one_counted, largest = countries[i];
    }
  elapsed = since (start);
  printf ("\nAll %u countries: %.2f MB of TopoJSON (before the GResource's compression), decoded in %.0f ms, "
          "%.1f MB of heap (%.1f MB counted); the largest, %s, %.0f KB\n",
          g_strv_length (countries), size / 1048576.0, elapsed, heap / 1048576.0, counted / 1048576.0, largest,
          largest_size / 1024.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-bench-XXXXXX", NULL);

  if (argc < 2)
    {
      g_printerr ("Usage: %s DATASET...\n", argv[0]);
      return 2;
    }

  printf ("The map of regions: decode a country's regions, the memory they keep, draw and export at 1920×1080 "
          "(medians)\n");
  printf ("| election | decode | geometry in memory | draw | PNG | SVG | PDF |\n");
  printf ("| --- | --- | --- | --- | --- | --- | --- |\n");
  for (int i = 1; i < argc; i++)
    bench_dataset (argv[i], dir);
  bench_all_countries ();

  g_rmdir (dir);
  return 0;
}
