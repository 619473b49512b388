/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Time from process start to the first painted frame: Escrutinio on its built-in
 * dataset against a minimal libadwaita window (minimal-window.c), each started REPEATS
 * times in turn, under the display the caller gives (run-benchmarks.sh uses Xvfb).
 *
 *   bench-startup ESCRUTINIO MINIMAL_WINDOW */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include "bench-stats.h"

#define REPEATS 15

static double
time_start (const char *program)
{
  const char *argv[] = { program, NULL };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                     &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", program, error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  double app[REPEATS], minimal[REPEATS];

  if (argc != 3)
    {
      g_printerr ("Usage: %s ESCRUTINIO MINIMAL_WINDOW\n", argv[0]);
      return 2;
    }
  g_setenv ("ESCRUTINIO_QUIT_AFTER_FIRST_FRAME", "1", TRUE);
  /* Warm the page cache, then alternate, so a slow moment falls on both. */
  time_start (argv[1]);
  time_start (argv[2]);
  for (guint i = 0; i < REPEATS; i++)
    {
      app[i] = time_start (argv[1]);
      minimal[i] = time_start (argv[2]);
    }
  bench_median (app, REPEATS);
  bench_median (minimal, REPEATS);
  printf ("Start to first frame, medians of %d starts (min–max)\n", REPEATS);
  printf ("| program | first frame | ratio |\n| --- | --- | --- |\n");
  printf ("| minimal libadwaita window | %.0f ms (%.0f–%.0f) | 1 |\n",
          minimal[REPEATS / 2], minimal[0], minimal[REPEATS - 1]);
  printf ("| Escrutinio, built-in dataset | %.0f ms (%.0f–%.0f) | %.2f× |\n",
          app[REPEATS / 2], app[0], app[REPEATS - 1], app[REPEATS / 2] / minimal[REPEATS / 2]);
  return 0;
}
