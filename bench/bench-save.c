/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Saving a dataset against the floor of this stack: json-glib's own generator writing
 * the tree json-glib parsed from the same file (parse and generate, no model). Saving
 * is more: it parses the file it was read from again and writes the model over it, so
 * that what Escrutinio does not use survives.
 *
 *   bench-save FILE...
 *
 * Prints, per file, the medians of REPEATS runs: json-glib's parse and generate, the
 * dataset written (esc_dataset_to_bytes()), its ratio to the floor, one edit of a
 * party's member (applied, and the dataset refreshed: what a form's Save costs; the
 * median of 20 a round), the dataset written again after an edit, and 20 edits undone. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>

#include "esc-dataset-writer.h"
#include "esc-edit-set.h"
#include "esc-history.h"
#include "bench-stats.h"

#define REPEATS 7

static double
since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
json_glib_round_trip (GBytes *bytes)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *out = NULL;
  gsize length;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, json_parser_get_root (parser));
  out = json_generator_to_data (generator, &length);
  return since (start);
}

static double
write_dataset (EscDataset *dataset)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GBytes) saved = esc_dataset_to_bytes (dataset);

  return since (start);
}

/* One member of the first party: what a form changes. */
static void
edit_one (EscHistory *history,
          EscDataset *dataset,
          guint       round)
{
  g_autoptr(EscElection) election = g_list_model_get_item (esc_dataset_get_elections (dataset), 0);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text = g_strdup_printf ("Edit %u", round);

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  esc_history_do (history, esc_edit_set_new (g_ptr_array_index (esc_election_get_parties (election), 0), "short-name", &value));
}

static void
bench_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) dataset = esc_dataset_new_from_file (file, NULL, NULL, &error);
  g_autoptr(EscHistory) history = NULL;
  double floor_ms[REPEATS], write_ms[REPEATS], edited_ms[REPEATS], undo_ms[REPEATS];
  double one_ms[REPEATS * 20];

  if (dataset == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return;
    }
  history = esc_history_new (dataset);
  for (guint i = 0; i < REPEATS; i++)
    {
      gint64 start;

      floor_ms[i] = json_glib_round_trip (bytes);
      write_ms[i] = write_dataset (dataset);
      edit_one (history, dataset, i);
      edited_ms[i] = write_dataset (dataset);
      for (guint e = 0; e < 20; e++)
        {
          start = g_get_monotonic_time ();
          edit_one (history, dataset, e);
          one_ms[i * 20 + e] = since (start);
        }
      start = g_get_monotonic_time ();
      for (guint e = 0; e < 20; e++)
        esc_history_undo (history);
      undo_ms[i] = since (start);
    }
  printf ("%s (%.2f MB)\n", g_path_get_basename (path), g_bytes_get_size (bytes) / (1024.0 * 1024.0));
  printf ("  json-glib parse + generate   %9.1f ms\n", bench_median (floor_ms, REPEATS));
  printf ("  dataset written              %9.1f ms  (%.2f× json-glib)\n", bench_median (write_ms, REPEATS),
          bench_median (write_ms, REPEATS) / bench_median (floor_ms, REPEATS));
  /* The median of every edit: the first after a write also pays for the allocator
   * taking back the JSON just freed (about 70 ms at 11 MB). */
  printf ("  one edit (median of %u)     %9.2f ms\n", REPEATS * 20, bench_median (one_ms, REPEATS * 20));
  printf ("  written after one edit       %9.1f ms\n", bench_median (edited_ms, REPEATS));
  printf ("  20 edits undone              %9.1f ms\n", bench_median (undo_ms, REPEATS));
}

int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    bench_file (argv[i]);
  return 0;
}
