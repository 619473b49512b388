/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The validator on one item a form is making: the dataset is written with the form's
 * copy in place of the item (or at the end of its list), read again as the loader
 * reads a file, and the problems found at the item's path are the item's. Forms show
 * them as the user types, so the rules live in one place, the loader. On a large
 * dataset this takes a while: forms run it on a worker thread, on a copy the form
 * does not touch while it runs, holding the dataset's lock for reading, which
 * EscHistory takes for writing around every step. */
#include "config.h"

#include "esc-dataset-check.h"
#include "esc-dataset-writer.h"
#include "esc-model-private.h"

#include <string.h>

/* Whether @path is @prefix or inside it: "$.a[1]" holds "$.a[1].b", not "$.a[10]". */
static gboolean
path_within (const char *path,
             const char *prefix)
{
  gsize length = strlen (prefix);

  return path != NULL && strncmp (path, prefix, length) == 0
         && (path[length] == '\0' || path[length] == '.' || path[length] == '[');
}

/* Whether a problem at @path is the item's, the item being at @item_path: within it,
 * or for the dataset itself, within its own members. */
static gboolean
item_problem (const char *path,
              const char *item_path)
{
  if (g_str_equal (item_path, "$"))
    return path_within (path, "$.title") || path_within (path, "$.description");
  return path_within (path, item_path);
}

static GPtrArray *
check_item (EscDataset   *self,
            gpointer      original,
            gpointer      replacement,
            GPtrArray    *append_to,
            GCancellable *cancellable)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(EscDataset) read = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_problem_free);

  bytes = esc_dataset_to_bytes_swapping (self, original, replacement, append_to, &path);
  /* Stale already: the item changed since. */
  if (path == NULL || g_cancellable_is_cancelled (cancellable))
    return found;
  read = esc_dataset_new_from_bytes (bytes, &problems, cancellable, NULL);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      EscProblem *problem = g_ptr_array_index (problems, i);

      if (item_problem (problem->path, path))
        g_ptr_array_add (found, esc_problem_copy (problem));
    }
  return found;
}

/**
 * esc_dataset_check_item:
 * @original: (nullable): the item of @self @replacement is an edited copy of, or
 *   %NULL for a new item
 * @replacement: the item as the form has it
 * @append_to: (nullable): for a new item, the list of @self it goes at the end of
 *
 * Returns: (transfer full) (element-type EscProblem): the problems the loader finds in
 *   @replacement, errors and warnings, in the order it finds them
 */
GPtrArray *
esc_dataset_check_item (EscDataset *self,
                        gpointer    original,
                        gpointer    replacement,
                        GPtrArray  *append_to)
{
  g_return_val_if_fail (ESC_IS_DATASET (self), NULL);

  return check_item (self, original, replacement, append_to, NULL);
}

typedef struct {
  EscDataset *dataset;
  GObject *original;
  GObject *replacement;
  GPtrArray *append_to;
} Check;

static void
check_free (Check *check)
{
  g_object_unref (check->dataset);
  g_clear_object (&check->original);
  g_object_unref (check->replacement);
  g_clear_pointer (&check->append_to, g_ptr_array_unref);
  g_free (check);
}

static void
check_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Check *check = task_data;
  GPtrArray *problems;

  if (g_cancellable_is_cancelled (cancellable))
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }
  /* The window may take an edit meanwhile (the form closed): it waits for this. */
  g_rw_lock_reader_lock (&check->dataset->lock);
  problems = check_item (check->dataset, check->original, check->replacement, check->append_to, cancellable);
  g_rw_lock_reader_unlock (&check->dataset->lock);
  g_task_return_pointer (task, problems, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * esc_dataset_check_item_async:
 * @replacement: a copy the caller leaves alone until the check is done; the dataset
 *   changes meanwhile only through EscHistory, which waits for the check
 *
 * As esc_dataset_check_item(), on a worker thread.
 */
void
esc_dataset_check_item_async (EscDataset          *self,
                              gpointer             original,
                              gpointer             replacement,
                              GPtrArray           *append_to,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  Check *check = g_new0 (Check, 1);

  check->dataset = g_object_ref (self);
  check->original = original ? g_object_ref (original) : NULL;
  check->replacement = g_object_ref (replacement);
  check->append_to = append_to ? g_ptr_array_ref (append_to) : NULL;
  g_task_set_task_data (task, check, (GDestroyNotify) check_free);
  g_task_run_in_thread (task, check_in_thread);
}

/**
 * esc_dataset_check_item_finish:
 *
 * Returns: (transfer full) (element-type EscProblem) (nullable): the problems, or
 *   %NULL if the check was cancelled
 */
GPtrArray *
esc_dataset_check_item_finish (EscDataset    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
      return NULL;
    }
  return g_task_propagate_pointer (G_TASK (result), error);
}
