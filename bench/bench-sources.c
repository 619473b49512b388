/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How long the reader's model work takes: collecting the highlights of an article and
 * searching all articles, on the default dataset and on a generated article a hundred
 * times longer than any of its five. A benchmark, not a test: `meson compile -C build
 * bench`. Medians of repeated runs on this machine. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "esc-dataset.h"
#include "esc-highlights.h"
#include "bench-stats.h"

#define REPEATS 25

/* Median microseconds of running @work on every article of @dataset. */
static double
time_articles (EscDataset *dataset,
               void      (*work) (EscDataset *, EscArticle *))
{
  GPtrArray *articles = esc_dataset_get_articles (dataset);
  double times[REPEATS];

  for (guint r = 0; r < REPEATS; r++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < articles->len; i++)
        work (dataset, g_ptr_array_index (articles, i));
      times[r] = g_get_monotonic_time () - start;
    }
  return bench_median (times, REPEATS);
}

static void
collect (EscDataset *dataset,
         EscArticle *article)
{
  g_array_unref (esc_article_collect_highlights (dataset, article));
}

static void
search (EscDataset *dataset,
        EscArticle *article)
{
  g_array_unref (esc_article_search (article, "maduro"));
}

/* One article of @n_paragraphs paragraphs, cited once at the very end. */
static EscDataset *
long_article_dataset (guint n_paragraphs)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"escrutinio-dataset\",\"version\":1,"
                                          "\"title\":\"Benchmark\",\"articles\":[{\"id\":\"long\","
                                          "\"title\":\"Long\",\"language\":\"en\",\"paragraphs\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  EscDataset *dataset;

  for (guint i = 0; i < n_paragraphs; i++)
    g_string_append_printf (json, "\"Paragraph %u: Nicolás Maduro and Edmundo González both claimed victory, "
                                  "while governments across the region asked for the tally sheets.\",", i);
  g_string_append (json, "\"Turnout was 59%.\"]}],\"elections\":[{\"id\":\"e\",\"country\":\"VE\","
                         "\"date\":\"2024-07-28\",\"kind\":\"presidential\",\"title\":\"E\",\"parties\":[],\"claims\":["
                         "{\"id\":\"t\",\"measure\":\"turnout\",\"value\":59,\"unit\":\"percent\","
                         "\"claimed_by\":{\"kind\":\"electoral_authority\",\"name\":\"CNE\"},\"status\":\"official\","
                         "\"sources\":[{\"article\":\"long\",\"quote\":\"Turnout was 59%\"}]}]}]}");
  bytes = g_bytes_new (json->str, json->len);
  dataset = esc_dataset_new_from_bytes (bytes, NULL, NULL, &error);
  if (dataset == NULL)
    g_error ("%s", error->message);
  return dataset;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EscDataset) dataset = NULL;
  g_autoptr(EscDataset) long_dataset = long_article_dataset (2000);

  if (argc != 2)
    {
      g_printerr ("Usage: %s DATASET\n", argv[0]);
      return EXIT_FAILURE;
    }
  file = g_file_new_for_commandline_arg (argv[1]);
  dataset = esc_dataset_new_from_file (file, NULL, NULL, &error);
  if (dataset == NULL)
    g_error ("%s", error->message);

  printf ("| | highlights of every article | search every article |\n| --- | --- | --- |\n");
  printf ("| default dataset (5 articles) | %.0f us | %.0f us |\n",
           time_articles (dataset, collect), time_articles (dataset, search));
  printf ("| one article of 2000 paragraphs (260 KB) | %.0f us | %.0f us |\n",
           time_articles (long_dataset, collect), time_articles (long_dataset, search));
  return EXIT_SUCCESS;
}
