/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "esc-dataset-reader.h"
#include "esc-file-read.h"
#include "esc-json-scan.h"
#include "esc-model-fields.h"
#include "esc-model-private.h"
#include "esc-subdivisions.h"

G_DEFINE_FINAL_TYPE (EscDataset, esc_dataset, G_TYPE_OBJECT)

G_DEFINE_QUARK (esc-dataset-error-quark, esc_dataset_error)
G_DEFINE_QUARK (esc-origin, esc_origin)

static void
esc_dataset_finalize (GObject *object)
{
  EscDataset *self = ESC_DATASET (object);

  g_clear_pointer (&self->title, esc_localized_text_unref);
  g_clear_pointer (&self->description, esc_localized_text_unref);
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_pointer (&self->claimants, g_ptr_array_unref);
  g_clear_pointer (&self->tallies, g_ptr_array_unref);
  g_clear_object (&self->elections);
  g_rw_lock_clear (&self->lock);
  g_clear_pointer (&self->original, g_bytes_unref);

  G_OBJECT_CLASS (esc_dataset_parent_class)->finalize (object);
}

static const EscField fields[] = {
  ESC_FIELD (EscDataset, title, ESC_FIELD_TEXT),
  ESC_FIELD (EscDataset, description, ESC_FIELD_TEXT),
  ESC_FIELD (EscDataset, articles, ESC_FIELD_LIST),
  ESC_FIELD (EscDataset, claimants, ESC_FIELD_LIST),
  ESC_FIELD (EscDataset, tallies, ESC_FIELD_LIST),
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
esc_dataset_class_init (EscDatasetClass *klass)
{
  /**
   * EscDataset::changed:
   *
   * An edit changed the dataset, and what is read from its members (an election's
   * figures, where each quote is) is up to date.
   */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 0);
  G_OBJECT_CLASS (klass)->finalize = esc_dataset_finalize;
  esc_fields_install (G_OBJECT_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
esc_dataset_init (EscDataset *self)
{
  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->claimants = g_ptr_array_new_with_free_func (g_object_unref);
  self->tallies = g_ptr_array_new_with_free_func (g_object_unref);
  self->elections = g_list_store_new (ESC_TYPE_ELECTION);
  g_rw_lock_init (&self->lock);
}

static void
add_problem (GPtrArray  *problems,
             const char *code,
             guint       line,
             guint       column,
             const char *message)
{
  EscProblem *problem = esc_problem_new (ESC_SEVERITY_ERROR, code, "$", message);

  problem->line = line;
  problem->column = column;
  g_ptr_array_add (problems, problem);
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!strchr (" \t\r\n", data[i]))
      return FALSE;
  return TRUE;
}

/* Most of a dataset is ASCII: skip it eight bytes at a time. */
static const char *
skip_ascii (const char *p,
            const char *end)
{
  while (end - p >= 8)
    {
      guint64 word;

      memcpy (&word, p, sizeof word);
      if (word & G_GUINT64_CONSTANT (0x8080808080808080))
        break;
      p += 8;
    }
  while (p < end && (guchar) *p < 0x80)
    p++;
  return p;
}

/* NUL is valid UTF-8 here; the scanner decides what a NUL byte means where it stands.
 * GLib's validator rejects overlong forms, surrogates and code points past U+10FFFF.
 * Returns the offset of the first byte that is not UTF-8, or -1. */
static gssize
find_invalid_utf8 (const char *data,
                   gsize       length)
{
  const char *end = data + length;
  const char *p = data;

  while ((p = skip_ascii (p, end)) < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return p - data;
      p = g_utf8_next_char (p);
    }
  return -1;
}

typedef struct {
  const char *data;
  gsize length;
  gssize invalid;
} Utf8Check;

static gpointer
check_utf8 (gpointer data)
{
  Utf8Check *check = data;

  check->invalid = find_invalid_utf8 (check->data, check->length);
  return NULL;
}

/* The encoding and the scan (esc_json_scan()) at once, on two threads when the file is
 * large: the scanner reads bytes, never characters, so it is safe on any. A file that
 * is not UTF-8 gets that one problem, whatever the scanner found. */
static gboolean
check_and_scan (const char *data,
                gsize       length,
                GPtrArray  *problems,
                GHashTable *decimals,
                GPtrArray  *members,
                guint       n_threads)
{
  g_autoptr(GPtrArray) scanned = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_problem_free);
  Utf8Check check = { data, length, -1 };
  GThread *thread = NULL;
  gboolean ok;
  guint line, column;

  if (n_threads > 1 && length >= 1024 * 1024)
    thread = g_thread_new ("esc-utf8", check_utf8, &check);
  else
    check_utf8 (&check);
  ok = esc_json_scan (data, length, scanned, decimals, members);
  if (thread != NULL)
    g_thread_join (thread);

  if (check.invalid >= 0)
    {
      esc_json_locate (data, length, check.invalid, &line, &column);
      add_problem (problems, "invalid-utf8", line, column, _("The file is not valid UTF-8 text here."));
      return FALSE;
    }
  g_ptr_array_extend_and_steal (problems, g_steal_pointer (&scanned));
  return ok;
}

/* json-glib says "<data>:3:15: Parse error: unexpected character"; keep its place and
 * its words. */
static void
add_syntax_problem (GPtrArray    *problems,
                    const GError *error)
{
  guint line = 0, column = 0;
  int consumed = 0;
  const char *colon = strchr (error->message, ':');

  if (colon != NULL && sscanf (colon, ":%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
    add_problem (problems, "syntax", line, column, colon + consumed);
  else
    add_problem (problems, "syntax", 0, 0, error->message);
}

typedef struct {
  guint line;
  guint column;
} Position;

static void
remember_position (const char *path,
                   guint       line,
                   guint       column,
                   gpointer    user_data)
{
  GHashTable *wanted = user_data;
  Position *position = g_hash_table_lookup (wanted, path);

  if (position != NULL && position->line == 0)
    {
      position->line = line;
      position->column = column;
    }
}

/* The piece of the document @path is in or under ("$.elections[3]" for
 * "$.elections[3].claims[0]"): its span, and the length of its own path. */
static gboolean
find_piece (GPtrArray   *members,
            const char  *path,
            EscJsonSpan *span,
            gsize       *prefix_length)
{
  const char *name = path + 2, *bracket;
  char *end;
  guint64 index;

  if (!g_str_has_prefix (path, "$.") || (bracket = strchr (name, '[')) == NULL)
    return FALSE;
  index = g_ascii_strtoull (bracket + 1, &end, 10);
  if (end == bracket + 1 || *end != ']' || (end[1] != '\0' && end[1] != '.' && end[1] != '['))
    return FALSE;
  for (guint i = members->len; i-- > 0;)
    {
      const EscJsonMember *member = g_ptr_array_index (members, i);

      if (strlen (member->name) != (gsize) (bracket - name) || strncmp (member->name, name, bracket - name) != 0)
        continue;
      /* json-glib keeps the last of duplicate members, and so does the loader. */
      if (member->elements == NULL || index >= member->elements->len || !esc_dataset_reads_in_pieces (member->name))
        return FALSE;
      *span = g_array_index (member->elements, EscJsonSpan, index);
      *prefix_length = end + 1 - path;
      return TRUE;
    }
  return FALSE;
}

/* Moves @line and @column, of byte @from, to byte @to, counting as the scanner does. */
static void
advance_position (const char *data,
                  gsize       from,
                  gsize       to,
                  guint      *line,
                  guint      *column)
{
  const char *p = data + from, *end = data + to, *newline;

  while ((newline = memchr (p, '\n', end - p)) != NULL)
    {
      (*line)++;
      *column = 1;
      p = newline + 1;
    }
  for (; p < end; p++)
    if (((guchar) *p & 0xc0) != 0x80)
      (*column)++;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const EscJsonSpan *sa = a, *sb = b;

  return sa->start < sb->start ? -1 : sa->start > sb->start;
}

/* Scans only the pieces that hold problems, each from its own place. */
static void
scan_pieces (const char *data,
             GArray     *spans,
             GHashTable *wanted,
             GHashTable *prefixes)
{
  gsize offset = 0;
  guint line = 1, column = 1;

  g_array_sort (spans, compare_spans);
  for (guint i = 0; i < spans->len; i++)
    {
      EscJsonSpan span = g_array_index (spans, EscJsonSpan, i);

      if (i > 0 && span.start == g_array_index (spans, EscJsonSpan, i - 1).start)
        continue;
      advance_position (data, offset, span.start, &line, &column);
      offset = span.start;
      esc_json_scan_values_in (data, span, g_hash_table_lookup (prefixes, GSIZE_TO_POINTER (span.start)),
                               line, column, remember_position, wanted);
    }
}

/* Gives each problem the line and column of its value, or of the nearest enclosing value
 * that exists (a missing member has none of its own), and only when there are problems
 * to place. Problems within pieces of the document (esc-dataset-pieces.c) are placed by
 * scanning those pieces alone; any other, by scanning the whole file again. */
static void
locate_problems (const char *data,
                 gsize       length,
                 GPtrArray  *problems,
                 GPtrArray  *members)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) prefixes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (EscJsonSpan));
  gboolean whole_file = FALSE;

  for (guint i = 0; i < problems->len; i++)
    {
      EscProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *path = g_strdup (problem->path);
      EscJsonSpan span;
      gsize prefix_length = 0;

      if (problem->line != 0)
        continue;
      if (find_piece (members, path, &span, &prefix_length))
        {
          g_array_append_val (spans, span);
          if (!g_hash_table_contains (prefixes, GSIZE_TO_POINTER (span.start)))
            g_hash_table_insert (prefixes, GSIZE_TO_POINTER (span.start), g_strndup (path, prefix_length));
        }
      else
        whole_file = TRUE;
      do
        if (!g_hash_table_contains (wanted, path))
          g_hash_table_insert (wanted, g_strdup (path), g_new0 (Position, 1));
      while (esc_json_path_to_parent (path) && strlen (path) >= prefix_length);
    }

  if (g_hash_table_size (wanted) == 0)
    return;

  if (whole_file)
    esc_json_scan_values (data, length, remember_position, wanted);
  else
    scan_pieces (data, spans, wanted, prefixes);

  for (guint i = 0; i < problems->len; i++)
    {
      EscProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *path = g_strdup (problem->path);
      Position *position;

      if (problem->line != 0)
        continue;
      do
        {
          position = g_hash_table_lookup (wanted, path);
          if (position != NULL && position->line != 0)
            {
              problem->line = position->line;
              problem->column = position->column;
              break;
            }
        }
      while (esc_json_path_to_parent (path));
    }
}

static int
compare_places (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const EscProblem *pa = *(EscProblem **) a, *pb = *(EscProblem **) b;

  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  if (pa->column != pb->column)
    return pa->column < pb->column ? -1 : 1;
  return 0;
}

static JsonNode *
parse (const char *data,
       gsize       length,
       GPtrArray  *problems)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, length, &error))
    {
      add_syntax_problem (problems, error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      add_problem (problems, "empty", 1, 1, _("The file holds no JSON value."));
      return NULL;
    }

  return json_node_ref (root);
}

/* The document with each array read in pieces written "[]": what json-glib parses of
 * it whole, a few bytes of a large file. Anything but an object is read as null, which
 * is not a dataset. */
static GString *
skeleton_text (const char *data,
               gsize       length,
               GPtrArray  *members)
{
  GString *text = g_string_new (NULL);
  gsize from = 0;

  if (members->len == 0)
    {
      gsize start = 0;

      while (start < length && g_ascii_isspace (data[start]))
        start++;
      if (start >= length || data[start] != '{')
        return g_string_append (text, "null");
    }

  for (guint i = 0; i < members->len; i++)
    {
      const EscJsonMember *member = g_ptr_array_index (members, i);

      if (member->elements == NULL || member->elements->len == 0 || !esc_dataset_reads_in_pieces (member->name))
        continue;
      g_string_append_len (text, data + from, member->value.start - from);
      g_string_append (text, "[]");
      from = member->value.end;
    }
  return g_string_append_len (text, data + from, length - from);
}

static guint load_threads;

/**
 * esc_dataset_set_load_threads:
 * @n_threads: how many threads read a dataset's pieces; 0 for one per processor
 *
 * For tests and benchmarks: the result is the same whatever the number.
 */
void
esc_dataset_set_load_threads (guint n_threads)
{
  g_atomic_int_set (&load_threads, n_threads);
}

static guint
n_load_threads (void)
{
  guint n = (guint) g_atomic_int_get (&load_threads);

  return n > 0 ? n : (guint) g_get_num_processors ();
}

/* @members: filled with what the scanner found of the top-level object */
static EscDataset *
read_data (const char   *data,
           gsize         length,
           GPtrArray    *problems,
           GPtrArray    *members,
           GCancellable *cancellable)
{
  g_autoptr(GHashTable) decimals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) skeleton = NULL;
  g_autoptr(JsonNode) root = NULL;

  if (length > ESC_DATASET_MAX_SIZE)
    {
      g_autofree char *message = esc_file_too_large_message (length, ESC_DATASET_MAX_SIZE);

      add_problem (problems, "too-large", 0, 0, message);
      return NULL;
    }

  if (is_blank (data, length))
    {
      add_problem (problems, "empty", 1, 1, _("The file is empty."));
      return NULL;
    }

  if (!check_and_scan (data, length, problems, decimals, members, n_load_threads ()))
    return NULL;

  if (g_cancellable_is_cancelled (cancellable))
    return NULL;

  /* json-glib parses the document without its large arrays, then each of their
   * elements on its own, on workers (esc-dataset-pieces.c). */
  skeleton = skeleton_text (data, length, members);
  root = parse (skeleton->str, skeleton->len, problems);
  if (root == NULL)
    return NULL;

  return g_cancellable_is_cancelled (cancellable) ? NULL
         : esc_dataset_read_pieces (data, root, members, problems, decimals, n_load_threads ());
}

static char *
count_errors (GPtrArray *problems)
{
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    if (((EscProblem *) g_ptr_array_index (problems, i))->severity == ESC_SEVERITY_ERROR)
      n++;

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The dataset has %u error.",
                                       "The dataset has %u errors.", n), n);
}

/**
 * esc_dataset_new_from_bytes:
 * @problems: (out) (optional) (transfer full) (element-type EscProblem): every problem
 *   found, errors and warnings, in file order; set even when loading fails
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with
 *   %ESC_DATASET_ERROR_INVALID when it has errors
 */
EscDataset *
esc_dataset_new_from_bytes (GBytes        *bytes,
                            GPtrArray    **problems,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_problem_free);
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_json_member_free);
  g_autoptr(EscDataset) dataset = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";
  /* A byte-order mark is not JSON, but editors write one; it carries no meaning. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  dataset = read_data (data, length, found, members, cancellable);
  /* What saving writes over (esc-dataset-writer.c): a copy of the file, not the tree
   * json-glib built of it, which takes six times the memory. */
  if (dataset != NULL)
    dataset->original = g_bytes_new_from_bytes (bytes, data - (const char *) g_bytes_get_data (bytes, NULL), length);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  locate_problems (data, length, found, members);
  g_qsort_with_data (found->pdata, found->len, sizeof (gpointer), compare_places, NULL);

  if (esc_problems_have_errors (found))
    {
      g_autofree char *message = count_errors (found);

      g_clear_object (&dataset);
      g_set_error_literal (error, ESC_DATASET_ERROR, ESC_DATASET_ERROR_INVALID, message);
    }

  if (problems != NULL)
    *problems = g_steal_pointer (&found);

  return g_steal_pointer (&dataset);
}

/* Why @file was not read, as the error and, for a refusal, as its one problem. */
static void
report_unread (GError      *read_error,
               GPtrArray  **problems,
               GError     **error)
{
  EscDatasetError code = ESC_DATASET_ERROR_UNREADABLE;
  const char *problem_code = NULL;

  if (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, read_error);
      return;
    }

  if (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
    {
      code = ESC_DATASET_ERROR_NOT_REGULAR_FILE;
      problem_code = "not-a-file";
    }
  else if (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      code = ESC_DATASET_ERROR_TOO_LARGE;
      problem_code = "too-large";
    }

  if (problem_code != NULL && problems != NULL)
    {
      *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_problem_free);
      add_problem (*problems, problem_code, 0, 0, read_error->message);
    }
  g_set_error_literal (error, ESC_DATASET_ERROR, code, read_error->message);
  g_error_free (read_error);
}

/**
 * esc_dataset_new_from_file:
 *
 * Reads @file only if it is a regular file of at most %ESC_DATASET_MAX_SIZE bytes
 * (see esc_file_read_bounded()), then as esc_dataset_new_from_bytes().
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with an
 *   #EscDatasetError (or %G_IO_ERROR_CANCELLED)
 */
EscDataset *
esc_dataset_new_from_file (GFile         *file,
                           GPtrArray    **problems,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  GError *read_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (problems != NULL)
    *problems = NULL;

  bytes = esc_file_read_bounded (file, ESC_DATASET_MAX_SIZE, cancellable, &read_error);
  if (bytes == NULL)
    {
      report_unread (read_error, problems, error);
      return NULL;
    }

  return esc_dataset_new_from_bytes (bytes, problems, cancellable, error);
}

typedef struct {
  EscDataset *dataset;
  GPtrArray *problems;
  GError *error;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_object (&result->dataset);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_clear_error (&result->error);
  g_free (result);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadResult *result = g_new0 (LoadResult, 1);

  result->dataset = esc_dataset_new_from_file (task_data, &result->problems, cancellable, &result->error);
  g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

/* Reads, checks and builds in a worker thread, so a window never waits on a file. */
void
esc_dataset_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, esc_dataset_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * esc_dataset_load_finish:
 * @problems: (out) (optional) (transfer full) (nullable): as for
 *   esc_dataset_new_from_bytes(); %NULL when the file could not be read
 */
EscDataset *
esc_dataset_load_finish (GAsyncResult  *result,
                         GPtrArray    **problems,
                         GError       **error)
{
  LoadResult *loaded;
  EscDataset *dataset;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == esc_dataset_load_async, NULL);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return NULL;

  if (problems != NULL)
    *problems = g_steal_pointer (&loaded->problems);
  if (loaded->error != NULL)
    g_propagate_error (error, g_steal_pointer (&loaded->error));
  dataset = g_steal_pointer (&loaded->dataset);
  load_result_free (loaded);

  return dataset;
}

EscLocalizedText *
esc_dataset_get_title (EscDataset *self)
{
  g_return_val_if_fail (ESC_IS_DATASET (self), NULL);
  return self->title;
}

EscLocalizedText *
esc_dataset_get_description (EscDataset *self)
{
  g_return_val_if_fail (ESC_IS_DATASET (self), NULL);
  return self->description;
}

GPtrArray *
esc_dataset_get_articles (EscDataset *self)
{
  g_return_val_if_fail (ESC_IS_DATASET (self), NULL);
  return self->articles;
}

/* The claimants the dataset declares once, for claims to refer to by id. */
GPtrArray *
esc_dataset_get_claimants (EscDataset *self)
{
  g_return_val_if_fail (ESC_IS_DATASET (self), NULL);
  return self->claimants;
}

/* The tallies the dataset's computed figures come from (EscTally). */
GPtrArray *
esc_dataset_get_tallies (EscDataset *self)
{
  g_return_val_if_fail (ESC_IS_DATASET (self), NULL);
  return self->tallies;
}

EscArticle *
esc_dataset_lookup_article (EscDataset *self,
                            const char *id)
{
  g_return_val_if_fail (ESC_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->articles->len; i++)
    {
      EscArticle *article = g_ptr_array_index (self->articles, i);

      if (g_str_equal (esc_article_get_id (article), id))
        return article;
    }
  return NULL;
}

GListModel *
esc_dataset_get_elections (EscDataset *self)
{
  g_return_val_if_fail (ESC_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->elections);
}

/**
 * esc_dataset_new:
 *
 * Returns: (transfer full): a dataset with nothing in it yet, for the user to fill;
 *   it does not validate until it has a title and an election
 */
EscDataset *
esc_dataset_new (void)
{
  return g_object_new (ESC_TYPE_DATASET, NULL);
}

/* Where each quote is now, or G_MAXUINT as its paragraph where its article does not
 * have it any more (the validator says so). */
static void
locate_sources (GPtrArray *sources)
{
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      EscSource *source = g_ptr_array_index (sources, i);

      if (source->article == NULL)
        continue;
      if (!esc_article_find_text (source->article, source->quote, &source->paragraph, &source->offset))
        source->paragraph = G_MAXUINT, source->offset = 0;
    }
}

static void
refresh_election (EscElection *election)
{
  for (guint i = 0; i < election->claims->len; i++)
    locate_sources (((EscClaim *) g_ptr_array_index (election->claims, i))->sources);
  for (guint i = 0; i < election->reactions->len; i++)
    locate_sources (((EscReaction *) g_ptr_array_index (election->reactions, i))->sources);
  for (guint i = 0; i < election->regions->len; i++)
    {
      EscRegion *region = g_ptr_array_index (election->regions, i);

      locate_sources (region->sources);
      /* A region named and not coded is the subdivision its name is. */
      if (!region->code_written)
        region->code = region->name && election->country ? esc_subdivision_match (election->country, region->name) : NULL;
    }
  g_clear_object (&election->figures);
  election->figures = esc_figures_new (election);
}

/* Whether @election is, or holds in one of its lists, an object of @touched. */
static gboolean
election_touched (EscElection *election,
                  GHashTable  *touched,
                  guint       *n_found)
{
  GPtrArray *lists[] = { election->parties, election->claims, election->regions, election->reactions };
  guint before = *n_found;

  *n_found += g_hash_table_contains (touched, election);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      *n_found += g_hash_table_contains (touched, g_ptr_array_index (lists[l], i));
  return *n_found > before;
}

/**
 * esc_dataset_refresh_touched:
 * @touched: the objects an edit changed (esc_edit_collect_touched())
 *
 * As esc_dataset_refresh(), reading again only the elections that hold what an edit
 * of an election's items changed: one edit stays within a frame on a large dataset.
 * An edit of anything else (an article, a claimant, the dataset) reads them all.
 */
void
esc_dataset_refresh_touched (EscDataset *self,
                             GPtrArray  *touched)
{
  g_autoptr(GHashTable) set = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *elections;
  guint n_found = 0;

  g_return_if_fail (ESC_IS_DATASET (self));

  for (guint i = 0; i < touched->len; i++)
    g_hash_table_add (set, g_ptr_array_index (touched, i));
  elections = G_LIST_MODEL (self->elections);
  for (guint i = 0; i < g_list_model_get_n_items (elections); i++)
    {
      EscElection *election = g_list_model_get_item (elections, i);

      if (election_touched (election, set, &n_found))
        g_ptr_array_add (stale, election);
      else
        g_object_unref (election);
    }
  /* Something outside the elections' lists changed: it may be cited anywhere. */
  if (n_found < g_hash_table_size (set))
    {
      esc_dataset_refresh (self);
      return;
    }
  for (guint i = 0; i < stale->len; i++)
    refresh_election (g_ptr_array_index (stale, i));
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/**
 * esc_dataset_refresh:
 *
 * After an edit (EscHistory calls it): reads again what the model derives from its
 * members, then emits #EscDataset::changed.
 */
void
esc_dataset_refresh (EscDataset *self)
{
  GListModel *elections;

  g_return_if_fail (ESC_IS_DATASET (self));

  elections = G_LIST_MODEL (self->elections);
  for (guint i = 0; i < g_list_model_get_n_items (elections); i++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, i);

      refresh_election (election);
    }
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}
