/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading a dataset against the floor of this stack: json-glib's bare parse of the same
 * bytes. Each measurement runs in a fresh process of its own (this program, started
 * again with --child), so peak memory is that load's alone.
 *
 *   bench-load FILE...
 *
 * Prints, per file, the medians of REPEATS runs: bare parse, full load (read, strict
 * scan, parse, validate, build the model) on one thread and on one per processor, their
 * ratios to the parse, the load's peak and steady memory against the file's size, and
 * milliseconds per MB; with GLib's GSlice and with malloc. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "esc-dataset.h"
#include "esc-file-read.h"
#include "bench-stats.h"

#define REPEATS 5
#define MB (1024.0 * 1024.0)

typedef struct {
  double ms;
  double peak_mb;    /* the process's high-water mark, less what it held before */
  double steady_mb;  /* heap in use once loaded and the parse tree freed */
} Sample;

static double
heap_in_use_mb (void)
{
  struct mallinfo2 info;

  malloc_trim (0);
  info = mallinfo2 ();
  return (info.uordblks + info.hblkhd) / MB;
}

static double
max_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

/* In the child: one measurement, printed as "ms peak steady". */
static int
run_child (const char *mode,
           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  double rss_before, heap_before, ms, steady;
  gint64 start;

  /* Types and the GResource registered, as in the app, before the clock starts. */
  g_type_ensure (ESC_TYPE_DATASET);
  g_type_ensure (JSON_TYPE_PARSER);
  heap_before = heap_in_use_mb ();
  rss_before = max_rss_mb ();
  start = g_get_monotonic_time ();

  if (g_str_equal (mode, "parse"))
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GBytes) bytes = esc_file_read_bounded (file, ESC_DATASET_MAX_SIZE, NULL, &error);
      gsize size;
      const char *data = bytes ? g_bytes_get_data (bytes, &size) : NULL;

      if (data == NULL || !json_parser_load_from_data (parser, data, size, &error))
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      steady = heap_in_use_mb () - heap_before;
      printf ("%f %f %f\n", ms, max_rss_mb () - rss_before, steady);
      return 0;
    }
  else
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(EscDataset) dataset = NULL;

      esc_dataset_set_load_threads (g_str_equal (mode, "load-1") ? 1 : 0);
      dataset = esc_dataset_new_from_file (file, &problems, NULL, &error);

      if (dataset == NULL)
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_clear_pointer (&problems, g_ptr_array_unref);
      steady = heap_in_use_mb () - heap_before;
      printf ("%f %f %f\n", ms, max_rss_mb () - rss_before, steady);
      return 0;
    }
}

/* @slice_malloc: run the child with G_SLICE=always-malloc, as GLib 2.76 and later always
 * do; before, GSlice keeps the freed parse tree's memory for reuse. */
static Sample
measure (const char *self,
         const char *mode,
         const char *path,
         gboolean    slice_malloc)
{
  const char *argv[] = { self, "--child", mode, path, NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "G_SLICE", "always-malloc", TRUE);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  Sample sample = { 0 };
  int status;

  if (!slice_malloc)
    envp = g_environ_unsetenv (envp, "G_SLICE");
  if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("%s", error->message);
  if (sscanf (out, "%lf %lf %lf", &sample.ms, &sample.peak_mb, &sample.steady_mb) != 3)
    g_error ("unexpected output: %s", out);
  return sample;
}

/* One row: the medians for @path, with GSlice as this GLib has it or with
 * @slice_malloc. */
static void
print_row (const char *self,
           const char *path,
           gboolean    slice_malloc)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  g_autofree char *name = g_file_get_basename (file);
  double size = info ? g_file_info_get_size (info) / MB : 0;
  double parse[REPEATS], load[REPEATS], load_1[REPEATS], peak[REPEATS], steady[REPEATS];

  /* Interleaved, so a slow moment of the machine falls on all three. */
  for (guint r = 0; r < REPEATS; r++)
    {
      Sample l = measure (self, "load", path, slice_malloc);

      parse[r] = measure (self, "parse", path, slice_malloc).ms;
      load_1[r] = measure (self, "load-1", path, slice_malloc).ms;
      load[r] = l.ms;
      peak[r] = l.peak_mb;
      steady[r] = l.steady_mb;
    }

  double parse_ms = bench_median (parse, REPEATS), load_ms = bench_median (load, REPEATS);
  double load_1_ms = bench_median (load_1, REPEATS);
  double peak_mb = bench_median (peak, REPEATS), steady_mb = bench_median (steady, REPEATS);

  printf ("| %s | %s | %.2f MB | %.1f ms | %.1f ms | %.2f× | %.1f ms | %.2f× | %.1f MB (%.1f×) | %.1f MB (%.2f×) | %.1f ms |\n",
          name, slice_malloc ? "malloc" : "GSlice", size, parse_ms, load_1_ms, load_1_ms / parse_ms, load_ms,
          load_ms / parse_ms, peak_mb, peak_mb / size, steady_mb, steady_mb / size, load_ms / size);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], argv[3]);
  if (argc < 2)
    {
      g_printerr ("Usage: %s DATASET...\n", argv[0]);
      return 2;
    }

  /* GLib 2.74 (Debian 12) allocates small blocks with GSlice, whose shared depot the
   * loader's threads contend for; 2.76 and later (the Flatpak runtime) use malloc,
   * which G_SLICE=always-malloc gives here. */
  printf ("Loading, medians of %d runs, each in a fresh process, on %u processors\n", REPEATS, g_get_num_processors ());
  printf ("| file | allocator | size | json-glib parse | load, 1 thread | ÷ parse | load, %u threads | ÷ parse | "
          "peak memory | steady memory | load per MB |\n", g_get_num_processors ());
  printf ("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
  for (int i = 1; i < argc; i++)
    {
      print_row (argv[0], argv[i], FALSE);
      print_row (argv[0], argv[i], TRUE);
    }
  return 0;
}
