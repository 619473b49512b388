/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The loader reads the large arrays piece by piece on several threads
 * (esc-dataset-pieces.c): the model and the problems must not depend on how many.
 * Each file is loaded with one thread and with four (more than this machine may have,
 * so that pieces interleave), and the two results compared: every problem, place and
 * message, the model written out from nothing, and where each item came from.
 *
 * The files: the built-in dataset, every file of the hostile corpus, and the 46 MB
 * benchmark file (bench/gen-dataset 64 42) with and without mistakes made in it. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "esc-dataset.h"
#include "esc-dataset-writer.h"
#include "esc-model-private.h"
#include "esc-problem.h"

typedef struct {
  EscDataset *dataset;
  GPtrArray *problems;
} Load;

static Load
load (GBytes *bytes,
      guint   n_threads)
{
  Load result = { NULL, NULL };
  g_autoptr(GError) error = NULL;

  esc_dataset_set_load_threads (n_threads);
  result.dataset = esc_dataset_new_from_bytes (bytes, &result.problems, NULL, &error);
  esc_dataset_set_load_threads (0);
  g_assert_true ((result.dataset == NULL) == (error != NULL));
  return result;
}

static void
load_clear (Load *load)
{
  g_clear_object (&load->dataset);
  g_clear_pointer (&load->problems, g_ptr_array_unref);
}

static void
assert_same_problems (GPtrArray *a,
                      GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      EscProblem *pa = g_ptr_array_index (a, i), *pb = g_ptr_array_index (b, i);

      g_assert_cmpint (pa->severity, ==, pb->severity);
      g_assert_cmpstr (pa->code, ==, pb->code);
      g_assert_cmpstr (pa->path, ==, pb->path);
      g_assert_cmpuint (pa->line, ==, pb->line);
      g_assert_cmpuint (pa->column, ==, pb->column);
      g_assert_cmpstr (pa->message, ==, pb->message);
    }
}

static void
assert_same_origins (GPtrArray *a,
                     GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_object_get_qdata (g_ptr_array_index (a, i), esc_origin_quark ()), ==,
                     g_object_get_qdata (g_ptr_array_index (b, i), esc_origin_quark ()));
}

static GPtrArray *
elections_of (EscDataset *dataset)
{
  GListModel *model = esc_dataset_get_elections (dataset);
  GPtrArray *elections = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (elections, g_list_model_get_item (model, i));
  return elections;
}

/* Everything the model holds, written without the file it came from. */
static GBytes *
model_bytes (EscDataset *dataset)
{
  g_clear_pointer (&dataset->original, g_bytes_unref);
  return esc_dataset_to_bytes (dataset);
}

static void
assert_same_load (GBytes     *bytes,
                  const char *name)
{
  Load one = load (bytes, 1), four = load (bytes, 4);

  g_test_message ("%s: %u problems", name, one.problems->len);
  assert_same_problems (one.problems, four.problems);
  g_assert_true ((one.dataset == NULL) == (four.dataset == NULL));
  if (one.dataset != NULL)
    {
      g_autoptr(GPtrArray) one_elections = elections_of (one.dataset);
      g_autoptr(GPtrArray) four_elections = elections_of (four.dataset);
      g_autoptr(GBytes) one_model = NULL, four_model = NULL;

      assert_same_origins (one.dataset->articles, four.dataset->articles);
      assert_same_origins (one.dataset->claimants, four.dataset->claimants);
      assert_same_origins (one.dataset->tallies, four.dataset->tallies);
      assert_same_origins (one_elections, four_elections);
      one_model = model_bytes (one.dataset);
      four_model = model_bytes (four.dataset);
      g_assert_true (g_bytes_equal (one_model, four_model));
    }
  load_clear (&one);
  load_clear (&four);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  return g_bytes_new_take (contents, length);
}

static void
test_default_dataset (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "venezuela-elections.json", NULL);
  g_autoptr(GBytes) bytes = read_bytes (path);

  assert_same_load (bytes, "venezuela-elections.json");
}

static void
test_corpus (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "corpus", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint checked = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GBytes) bytes = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      bytes = read_bytes (path);
      assert_same_load (bytes, name);
      checked++;
    }
  g_assert_cmpuint (checked, >, 50);
}

/* Under AddressSanitizer, which makes this test take minutes, a quarter of the size. */
#if defined(__SANITIZE_ADDRESS__)
#define SCALE "16"
#define MIN_SIZE (11 * 1024 * 1024)
#else
#define SCALE "64"
#define MIN_SIZE (45 * 1024 * 1024)
#endif

/* The benchmark file, written by bench/gen-dataset (its path in ESC_GEN_DATASET). */
static GBytes *
generated (void)
{
  g_autofree char *dir = g_dir_make_tmp ("esc-load-threads-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "generated.json", NULL);
  const char *argv[] = { g_getenv ("ESC_GEN_DATASET"), SCALE, "42", path, NULL };
  g_autoptr(GError) error = NULL;
  GBytes *bytes;
  int status;

  g_assert_nonnull (argv[0]);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("%s", error->message);
  bytes = read_bytes (path);
  g_unlink (path);
  g_rmdir (dir);
  return bytes;
}

static GBytes *
replace_nth (GBytes     *bytes,
             const char *from,
             const char *to,
             guint       nth)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GString) text = g_string_new_len (data, length);
  const char *at = text->str;

  for (guint i = 0; i <= nth; i++)
    {
      at = strstr (at + (i > 0), from);
      g_assert_nonnull (at);
    }
  g_string_erase (text, at - text->str, strlen (from));
  g_string_insert (text, at - text->str, to);
  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static GBytes *
swap (GBytes *old,
      GBytes *new)
{
  g_bytes_unref (old);
  return new;
}

static void
test_generated (void)
{
  g_autoptr(GBytes) bytes = generated ();
  GBytes *broken;
  gsize size = g_bytes_get_size (bytes);

  g_assert_cmpuint (size, >, MIN_SIZE);
  assert_same_load (bytes, "generated-64.json");

  /* Mistakes in pieces far apart: ids that only the order of the pieces tells apart
   * as duplicates (a later election, a later article), a language tag that is not one,
   * a member the format does not have. */
  broken = replace_nth (bytes, "{\"id\":\"e7\",", "{\"id\":\"e3\",", 0);
  broken = swap (broken, replace_nth (broken, "{\"id\":\"e70\",", "{\"id\":\"e20\",", 0));
  broken = swap (broken, replace_nth (broken, "{\"id\":\"a1000\",", "{\"id\":\"a12\",", 0));
  for (guint i = 0; i < 6; i++)
    broken = swap (broken, replace_nth (broken, "\"language\":\"en\"", "\"language\":\"e n\",\"x\":1", 197 * i + 3));
  assert_same_load (broken, "generated-64.json, broken");
  g_bytes_unref (broken);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/load-threads/default-dataset", test_default_dataset);
  g_test_add_func ("/model/load-threads/corpus", test_corpus);
  g_test_add_func ("/model/load-threads/generated", test_generated);
  return g_test_run ();
}
