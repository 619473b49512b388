/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-test-charts.h"

#include <string.h>

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

/* A dataset around one election, whose every source quotes its one paragraph, "The
 * figures."; @claimants is the document's "claimants" member with its comma, or "". */
EscDataset *
esc_test_load_election (const char *claimants,
                        const char *parties,
                        const char *claims,
                        const char *regions)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"escrutinio-dataset\", \"version\": 1, \"title\": \"Test\", %s"
    " \"articles\": [{\"id\": \"a\", \"title\": \"A\", \"language\": \"en\", \"paragraphs\": [\"The figures.\"]}],"
    " \"elections\": [{\"id\": \"e\", \"country\": \"PT\", \"kind\": \"parliamentary\", \"title\": \"E\","
    " \"parties\": [%s], \"claims\": [%s], \"regions\": [%s]}]}",
    claimants, parties, claims, regions);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  EscDataset *dataset = esc_dataset_new_from_bytes (bytes, &problems, NULL, &error);

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

/* Whether two text boxes of a layout overlap; half a pixel of grace, since touching is
 * not overlapping. */
gboolean
esc_test_boxes_overlap (const EscRect *a,
                        const EscRect *b)
{
  return a->x + a->width > b->x + 0.5 && b->x + b->width > a->x + 0.5
         && a->y + a->height > b->y + 0.5 && b->y + b->height > a->y + 0.5;
}
