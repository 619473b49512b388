/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "esc-claim.h"
#include "esc-dataset.h"
#include "esc-highlights.h"
#include "esc-reaction.h"
#include "esc-region.h"

static char *
source_path (const char *first,
             ...)
{
  const char *srcdir = g_getenv ("ESC_SOURCE_ROOT");
  va_list args;
  GString *path;
  const char *part;

  g_assert_nonnull (srcdir);
  path = g_string_new (srcdir);
  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    {
      g_string_append_c (path, G_DIR_SEPARATOR);
      g_string_append (path, part);
    }
  va_end (args);
  return g_string_free (path, FALSE);
}

static EscDataset *
load_path (const char  *path,
           GPtrArray  **problems,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return esc_dataset_new_from_file (file, problems, NULL, error);
}

static EscDataset *
load_text (const char  *text,
           GPtrArray  **problems)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return esc_dataset_new_from_bytes (bytes, problems, NULL, NULL);
}

/* The claims of @election that measure @measure, as "value/claimant" strings. */
static GPtrArray *
claim_values (EscElection *election,
              EscMeasure   measure)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *claims = esc_election_get_claims (election);

  for (guint i = 0; i < claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (claims, i);

      if (esc_claim_get_measure (claim) == measure)
        g_ptr_array_add (values, g_strdup_printf ("%g", esc_claim_get_value (claim)));
    }
  return values;
}

static gboolean
has_value (GPtrArray  *values,
           const char *value)
{
  return g_ptr_array_find_with_equal_func (values, value, g_str_equal, NULL);
}

/* The default dataset loads clean and keeps the articles' disagreements side by side. */
static void
test_default_dataset (void)
{
  g_autofree char *path = source_path ("data", "venezuela-elections.json", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) dataset = load_path (path, &problems, &error);
  EscElection *election;
  g_autoptr(GPtrArray) offices = NULL;
  g_autoptr(GPtrArray) turnout = NULL;
  g_autoptr(GPtrArray) shares = NULL;
  GPtrArray *claims;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = esc_problem_to_string (g_ptr_array_index (problems, i), path);
      g_printerr ("%s\n", line);
    }
  g_assert_cmpuint (problems->len, ==, 0);

  g_assert_cmpuint (esc_dataset_get_articles (dataset)->len, ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (esc_dataset_get_elections (dataset)), ==, 2);

  election = g_list_model_get_item (esc_dataset_get_elections (dataset), 0);
  g_object_unref (election);
  g_assert_cmpint (esc_election_get_kind (election), ==, ESC_ELECTION_REGIONAL);
  offices = claim_values (election, ESC_MEASURE_OFFICES_WON);
  g_assert_true (has_value (offices, "20"));
  g_assert_true (has_value (offices, "18"));
  turnout = claim_values (election, ESC_MEASURE_TURNOUT);
  g_assert_true (has_value (turnout, "41.8"));
  g_assert_true (has_value (turnout, "42.26"));
  g_assert_cmpuint (esc_election_get_regions (election)->len, >=, 5);

  election = g_list_model_get_item (esc_dataset_get_elections (dataset), 1);
  g_object_unref (election);
  g_assert_cmpint (esc_election_get_kind (election), ==, ESC_ELECTION_PRESIDENTIAL);
  shares = claim_values (election, ESC_MEASURE_VOTE_SHARE);
  g_assert_true (has_value (shares, "51"));
  g_assert_true (has_value (shares, "44"));
  g_assert_true (has_value (shares, "70"));

  /* Every source points at the very words it quotes. */
  claims = esc_election_get_claims (election);
  for (guint i = 0; i < claims->len; i++)
    {
      GPtrArray *sources = esc_claim_get_sources (g_ptr_array_index (claims, i));

      for (guint j = 0; j < sources->len; j++)
        {
          EscSource *source = g_ptr_array_index (sources, j);
          const char * const *paragraphs = esc_article_get_paragraphs (esc_source_get_article (source));
          const char *quote = esc_source_get_quote (source);

          g_assert_cmpint (strncmp (paragraphs[esc_source_get_paragraph (source)] + esc_source_get_offset (source),
                                    quote, strlen (quote)), ==, 0);
        }
    }
}

typedef struct {
  int exit_status;
  GPtrArray *lines;   /* "severity code path" */
} Expectation;

static void
read_expectation (const char  *path,
                  Expectation *expect)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  g_assert_true (g_str_has_prefix (lines[0], "exit "));
  expect->exit_status = atoi (lines[0] + 5);
  expect->lines = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 1; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (expect->lines, g_strdup (lines[i]));
}

static char *
describe (EscProblem *problem)
{
  return g_strdup_printf ("%s %s %s",
                          problem->severity == ESC_SEVERITY_ERROR ? "error" : "warning",
                          problem->code, problem->path);
}

static void
check_corpus_file (const char *json_path,
                   const char *expect_path)
{
  Expectation expect = { 0 };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) dataset = load_path (json_path, &problems, &error);
  int status;

  read_expectation (expect_path, &expect);

  status = dataset != NULL ? 0 : g_error_matches (error, ESC_DATASET_ERROR, ESC_DATASET_ERROR_UNREADABLE) ? 2 : 1;
  if (status != expect.exit_status)
    g_error ("%s: loaded with status %d, expected %d", json_path, status, expect.exit_status);
  if (dataset == NULL)
    g_assert_error (error, ESC_DATASET_ERROR, ESC_DATASET_ERROR_INVALID);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      EscProblem *problem = g_ptr_array_index (problems, i);

      g_ptr_array_add (found, describe (problem));
      /* Messages are sentences, with nothing missing in them; places are real. */
      g_assert_cmpuint (strlen (problem->message), >, 10);
      g_assert_null (strstr (problem->message, "(null)"));
      g_assert_true (g_str_has_prefix (problem->path, "$"));
      if (!g_str_equal (problem->code, "too-large") && !g_str_equal (problem->code, "too-many-problems"))
        g_assert_cmpuint (problem->line, >, 0);
    }

  for (guint i = 0; i < expect.lines->len; i++)
    if (!g_ptr_array_find_with_equal_func (found, g_ptr_array_index (expect.lines, i), g_str_equal, NULL))
      {
        g_autofree char *all = NULL;

        g_ptr_array_add (found, NULL);   /* g_strjoinv wants the end marked */
        all = g_strjoinv ("\n  ", (char **) found->pdata);
        g_error ("%s: expected “%s”; found:\n  %s", json_path,
                 (char *) g_ptr_array_index (expect.lines, i), all);
      }

  g_ptr_array_unref (expect.lines);
}

static void
test_corpus (void)
{
  g_autofree char *dir_path = source_path ("tests", "corpus", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint checked = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *base = NULL;
      g_autofree char *json_path = NULL;
      g_autofree char *expect_path = NULL;

      if (!g_str_has_suffix (name, ".expect"))
        continue;

      base = g_strndup (name, strlen (name) - strlen (".expect"));
      json_path = g_strdup_printf ("%s/%s.json", dir_path, base);
      expect_path = g_build_filename (dir_path, name, NULL);
      g_test_message ("corpus: %s", base);
      check_corpus_file (json_path, expect_path);
      checked++;
    }

  g_test_message ("%u corpus files", checked);
  g_assert_cmpuint (checked, >=, 60);
}

/* json-glib 1.6 overflows its stack near 60 000 levels; the scanner stops it at 64. */
static void
test_deep_nesting (void)
{
  const gsize depth = 100000;
  g_autoptr(GString) text = g_string_new ("{\"format\": ");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(EscDataset) dataset = NULL;
  EscProblem *problem;

  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');

  dataset = load_text (text->str, &problems);
  g_assert_null (dataset);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (problem->code, ==, "too-deep");
  g_assert_cmpuint (problem->line, ==, 1);
  g_assert_cmpuint (problem->column, ==, 12 + 63);
}

/* Refused at once, with one problem that says what the error says. */
static void
assert_refused (const char      *path,
                EscDatasetError  code,
                const char      *problem_code,
                const char      *words)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) dataset = load_path (path, &problems, &error);
  EscProblem *problem;

  g_assert_null (dataset);
  g_assert_error (error, ESC_DATASET_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, words));
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->severity, ==, ESC_SEVERITY_ERROR);
  g_assert_cmpstr (problem->code, ==, problem_code);
  g_assert_cmpstr (problem->message, ==, error->message);
}

static void
test_devices (void)
{
  /* Read to its end, /dev/zero never ends; /dev/null would pass for an empty file. */
  assert_refused ("/dev/zero", ESC_DATASET_ERROR_NOT_REGULAR_FILE, "not-a-file", "character device");
  assert_refused ("/dev/null", ESC_DATASET_ERROR_NOT_REGULAR_FILE, "not-a-file", "character device");
}

/* A FIFO with no writer: opening it to read would wait for one for ever (meson's timeout
 * would end this test), and reading one with a writer might never end. */
static void
test_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-fifo-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "dataset.json", NULL);

  g_assert_nonnull (dir);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  assert_refused (path, ESC_DATASET_ERROR_NOT_REGULAR_FILE, "not-a-file", "named pipe (FIFO)");
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_directory (void)
{
  g_autofree char *dir = g_dir_make_tmp ("escrutinio-dir-XXXXXX", NULL);

  g_assert_nonnull (dir);
  assert_refused (dir, ESC_DATASET_ERROR_NOT_REGULAR_FILE, "not-a-file", "directory");
  g_rmdir (dir);
}

static gint64
peak_rss_bytes (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return (gint64) usage.ru_maxrss * 1024;
}

/* A sparse file (no disk used) of @size bytes is refused by its size, with the size in
 * bytes (g_format_size() puts a no-break space before the unit). Run in a process of its own, so that the peak memory is this test's: reading
 * even the first 128 MiB would raise it by that much. */
static void
check_sparse_refused (goffset     size,
                      const char *size_words)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "escrutinio-huge-XXXXXX.json", NULL);
  int fd = g_mkstemp (path);
  gint64 peak_before;
  int truncated;

  g_assert_cmpint (fd, >=, 0);
  truncated = ftruncate (fd, size);
  close (fd);
  if (truncated != 0)
    g_unlink (path);
  g_assert_cmpint (truncated, ==, 0);

  peak_before = peak_rss_bytes ();
  assert_refused (path, ESC_DATASET_ERROR_TOO_LARGE, "too-large", size_words);
  g_unlink (path);
  g_assert_cmpint (peak_rss_bytes () - peak_before, <, 16 * 1024 * 1024);
}

static void
test_huge_file (void)
{
  if (g_test_subprocess ())
    {
      check_sparse_refused ((goffset) 3 << 30, "(3221225472 bytes), larger than 128.0");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_one_byte_over (void)
{
  if (g_test_subprocess ())
    {
      check_sparse_refused (ESC_DATASET_MAX_SIZE + 1, "(134217729 bytes), larger than 128.0");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_unreadable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(EscDataset) dataset = load_path ("/nonexistent/dataset.json", &problems, &error);

  g_assert_null (dataset);
  g_assert_error (error, ESC_DATASET_ERROR, ESC_DATASET_ERROR_UNREADABLE);
}

/* Line and column count characters, as an editor shows them. */
static void
test_locations (void)
{
  const char *text =
    "{\n"
    "  \"format\": \"escrutinio-dataset\",\n"
    "  \"version\": 1,\n"
    "  \"title\": \"Ñandú\", \"description\": 5,\n"
    "  \"articles\": [],\n"
    "  \"elections\": []\n"
    "}\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(EscDataset) dataset = load_text (text, &problems);
  EscProblem *first, *second;

  g_assert_null (dataset);
  g_assert_cmpuint (problems->len, ==, 2);
  first = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (first->code, ==, "wrong-type");
  g_assert_cmpstr (first->path, ==, "$.description");
  g_assert_cmpuint (first->line, ==, 4);
  g_assert_cmpuint (first->column, ==, 36);   /* characters, not bytes: Ñ and ú are two each */
  /* A missing value has no place of its own: it is placed at its parent. */
  second = g_ptr_array_index (problems, 1);
  g_assert_cmpstr (second->code, ==, "empty-value");
  g_assert_cmpstr (second->path, ==, "$.elections");
  g_assert_cmpuint (second->line, ==, 6);
  g_assert_cmpuint (second->column, ==, 16);
}

static char *
docs_example (void)
{
  g_autofree char *path = source_path ("docs", "dataset-format.md", NULL);
  g_autofree char *contents = NULL;
  const char *start, *end;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  start = strstr (contents, "## A complete small example");
  g_assert_nonnull (start);
  start = strstr (start, "```json\n");
  g_assert_nonnull (start);
  start += strlen ("```json\n");
  end = strstr (start, "```");
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

/* The format's documentation shows a file that this loader accepts without a word. */
static void
test_docs_example (void)
{
  g_autofree char *example = docs_example ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(EscDataset) dataset = load_text (example, &problems);

  g_assert_nonnull (dataset);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_cancelled (void)
{
  g_autofree char *example = docs_example ();
  g_autoptr(GBytes) bytes = g_bytes_new (example, strlen (example));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) dataset = NULL;
  g_autofree char *path = source_path ("data", "venezuela-elections.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_cancellable_cancel (cancellable);
  dataset = esc_dataset_new_from_bytes (bytes, NULL, cancellable, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* Cancelled before the file is read, too. */
  g_clear_error (&error);
  dataset = esc_dataset_new_from_file (file, NULL, cancellable, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_async (void)
{
  g_autofree char *path = source_path ("data", "venezuela-elections.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) dataset = NULL;
  GThread *caller = g_thread_self ();

  esc_dataset_load_async (file, NULL, on_loaded, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_thread_self () == caller);

  dataset = esc_dataset_load_finish (result, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* Every highlight of every article spans exactly the words its source quotes. */
static void
test_highlights (void)
{
  g_autofree char *path = source_path ("data", "venezuela-elections.json", NULL);
  g_autoptr(EscDataset) dataset = load_path (path, NULL, NULL);
  GPtrArray *articles = esc_dataset_get_articles (dataset);
  guint total = 0;

  for (guint a = 0; a < articles->len; a++)
    {
      EscArticle *article = g_ptr_array_index (articles, a);
      g_autoptr(GArray) highlights = esc_article_collect_highlights (dataset, article);
      const char * const *paragraphs = esc_article_get_paragraphs (article);

      g_assert_cmpuint (highlights->len, >, 0);
      for (guint i = 0; i < highlights->len; i++)
        {
          EscHighlight *h = &g_array_index (highlights, EscHighlight, i);
          g_autofree char *span = g_strndup (paragraphs[h->paragraph] + h->start, h->end - h->start);
          GPtrArray *sources = ESC_IS_CLAIM (h->cited_by) ? esc_claim_get_sources (ESC_CLAIM (h->cited_by))
                               : ESC_IS_REGION (h->cited_by) ? esc_region_get_sources (ESC_REGION (h->cited_by))
                               : esc_reaction_get_sources (ESC_REACTION (h->cited_by));
          gboolean found = FALSE;

          g_assert_true (g_utf8_validate (span, -1, NULL));
          for (guint s = 0; s < sources->len; s++)
            found |= esc_source_get_article (g_ptr_array_index (sources, s)) == article
                     && g_str_equal (esc_source_get_quote (g_ptr_array_index (sources, s)), span);
          g_assert_true (found);
          /* In reading order. */
          if (i > 0)
            g_assert_cmpuint (h->paragraph * 100000 + h->start, >=,
                              g_array_index (highlights, EscHighlight, i - 1).paragraph * 100000
                              + g_array_index (highlights, EscHighlight, i - 1).start);
          total++;
        }
    }
  g_assert_cmpuint (total, >=, 70);
}

/* Search ignores case, counts every occurrence, and reports offsets into the original
 * paragraph even after characters whose lower case is spelt differently. */
static void
test_search (void)
{
  g_autofree char *path = source_path ("data", "venezuela-elections.json", NULL);
  g_autoptr(EscDataset) dataset = load_path (path, NULL, NULL);
  GPtrArray *articles = esc_dataset_get_articles (dataset);
  guint total = 0;

  for (guint a = 0; a < articles->len; a++)
    {
      EscArticle *article = g_ptr_array_index (articles, a);
      g_autoptr(GArray) matches = esc_article_search (article, "MADURO");
      const char * const *paragraphs = esc_article_get_paragraphs (article);
      guint expected = 0;

      for (guint p = 0; paragraphs[p] != NULL; p++)
        for (const char *at = strstr (paragraphs[p], "Maduro"); at != NULL; at = strstr (at + 1, "Maduro"))
          expected++;
      /* Only "Maduro" is in the articles, never "MADURO" or "maduro". */
      g_assert_cmpuint (matches->len, ==, expected);
      for (guint i = 0; i < matches->len; i++)
        {
          EscHighlight *m = &g_array_index (matches, EscHighlight, i);
          g_assert_cmpint (strncmp (paragraphs[m->paragraph] + m->start, "Maduro", 6), ==, 0);
          g_assert_cmpuint (m->end - m->start, ==, 6);
          g_assert_null (m->cited_by);
        }
      total += matches->len;

      g_clear_pointer (&matches, g_array_unref);
      matches = esc_article_search (article, "");
      g_assert_cmpuint (matches->len, ==, 0);
    }
  g_assert_cmpuint (total, >, 5);

  {
    g_autoptr(GArray) none = esc_article_search (g_ptr_array_index (articles, 0), "zzqx no such words");
    g_assert_cmpuint (none->len, ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/loader/default-dataset", test_default_dataset);
  g_test_add_func ("/model/loader/corpus", test_corpus);
  g_test_add_func ("/model/loader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/model/loader/refuse/devices", test_devices);
  g_test_add_func ("/model/loader/refuse/fifo", test_fifo);
  g_test_add_func ("/model/loader/refuse/directory", test_directory);
  g_test_add_func ("/model/loader/refuse/huge-file", test_huge_file);
  g_test_add_func ("/model/loader/refuse/one-byte-over", test_one_byte_over);
  g_test_add_func ("/model/loader/unreadable", test_unreadable);
  g_test_add_func ("/model/loader/locations", test_locations);
  g_test_add_func ("/model/loader/docs-example", test_docs_example);
  g_test_add_func ("/model/loader/cancelled", test_cancelled);
  g_test_add_func ("/model/loader/async", test_async);
  g_test_add_func ("/model/highlights", test_highlights);
  g_test_add_func ("/model/search", test_search);

  return g_test_run ();
}
