/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-test-charts.h"

/* A dataset of the source tree, by its path there; it must load. */
EscDataset *
esc_test_load (const char *relative)
{
  g_autofree char *path = g_build_filename (g_getenv ("ESC_SOURCE_ROOT"), relative, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  EscDataset *dataset = esc_dataset_new_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* Election @index of @dataset, which keeps it alive. */
EscElection *
esc_test_election (EscDataset *dataset,
                   guint       index)
{
  g_autoptr(EscElection) election = g_list_model_get_item (esc_dataset_get_elections (dataset), index);

  return election;
}

GPtrArray *
esc_test_charts_of (EscDataset *dataset,
                    guint       index)
{
  return esc_charts_for_election (esc_test_election (dataset, index));
}

/* The chart with @id, or NULL. */
EscChart *
esc_test_find_chart (GPtrArray  *charts,
                     const char *id)
{
  for (guint i = 0; i < charts->len; i++)
    if (g_str_equal (esc_chart_get_id (g_ptr_array_index (charts, i)), id))
      return g_ptr_array_index (charts, i);
  return NULL;
}
