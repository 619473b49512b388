/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Putting a dataset in a file: the JSON the writer makes (esc-dataset-writer.c) is
 * written to a new file beside the target and renamed over it once whole and closed,
 * on a worker thread for the window; only then does the dataset take the saved bytes
 * as what it was read from (esc_dataset_commit_save()). */
#include "config.h"

#include "esc-dataset-writer-private.h"

/* For the test that a save stopped midway leaves the old file whole: the number of
 * bytes after which the process aborts, from ESC_TEST_ABORT_SAVE_AFTER. */
static gsize
abort_after (void)
{
  const char *value = g_getenv ("ESC_TEST_ABORT_SAVE_AFTER");

  return value != NULL ? g_ascii_strtoull (value, NULL, 10) : G_MAXSIZE;
}

/* Writes a new file beside @file and renames it over @file only once it is whole and
 * closed, so that a failed or interrupted save leaves the old file as it was. With an
 * @etag, fails with G_IO_ERROR_WRONG_ETAG if @file is not that version any more;
 * sets @new_etag to the saved file's. */
static gboolean
write_whole (GFile         *file,
             GBytes        *bytes,
             const char    *etag,
             char         **new_etag,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  gsize length, written = 0, limit = abort_after ();
  const char *data = g_bytes_get_data (bytes, &length);

  stream = g_file_replace (file, etag, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (stream == NULL)
    return FALSE;
  while (written < length)
    {
      gsize chunk = MIN (length - written, 64 * 1024), done = 0;

      if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), data + written, chunk, &done, cancellable, error))
        return FALSE;
      written += done;
      if (written >= limit)
        abort ();
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error))
    return FALSE;
  if (new_etag != NULL)
    *new_etag = g_file_output_stream_get_etag (stream);
  return TRUE;
}

/**
 * esc_dataset_save:
 *
 * Writes @self to @file (esc_dataset_to_bytes()), atomically: a new file is written
 * and renamed over the old one. Errors or not, the dataset is written as it is: work
 * is never trapped in the app; the caller says what the validator finds.
 *
 * Returns: %TRUE once @file holds the dataset
 */
gboolean
esc_dataset_save (EscDataset    *self,
                  GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GArray) origins = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (ESC_IS_DATASET (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = esc_dataset_write_for_save (self, &origins);
  if (!write_whole (file, bytes, NULL, NULL, cancellable, error))
    return FALSE;
  esc_dataset_commit_save (self, bytes, origins);
  return TRUE;
}

typedef struct {
  GFile *file;
  GBytes *bytes;
  GArray *origins;
  char *etag;
  EscSaveFlags flags;
  GPtrArray *problems;    /* EscProblem: why a save that checks first did not write */
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_object_unref (data->file);
  g_bytes_unref (data->bytes);
  g_array_unref (data->origins);
  g_free (data->etag);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data);
}

static void
save_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;
  char *new_etag = NULL;

  /* Read back as the loader will read the file: errors, and the caller lists them. */
  if (data->flags & ESC_SAVE_REFUSE_ERRORS)
    {
      g_autoptr(EscDataset) read = esc_dataset_new_from_bytes (data->bytes, &data->problems, cancellable, NULL);

      if (data->problems != NULL && esc_problems_have_errors (data->problems))
        {
          g_task_return_new_error (task, ESC_DATASET_ERROR, ESC_DATASET_ERROR_INVALID,
                                   "The dataset has errors");
          return;
        }
    }
  if (write_whole (data->file, data->bytes, data->etag, &new_etag, cancellable, &error))
    g_task_return_pointer (task, new_etag, g_free);
  else
    g_task_return_error (task, error);
}

/**
 * esc_dataset_save_async:
 * @etag: (nullable): the version of @file the dataset was read from or last saved as;
 *   the save fails with %G_IO_ERROR_WRONG_ETAG if @file changed since
 * @flags: with %ESC_SAVE_REFUSE_ERRORS, the JSON is read back first, and if the loader
 *   finds errors the save fails with %ESC_DATASET_ERROR_INVALID and writes nothing:
 *   the caller lists the problems and may save again without the flag
 *
 * As esc_dataset_save(), with the file written on a worker thread: the JSON is made
 * now, so edits made while it is written go in the next save.
 */
void
esc_dataset_save_async (EscDataset          *self,
                        GFile               *file,
                        const char          *etag,
                        EscSaveFlags         flags,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  SaveData *data = g_new0 (SaveData, 1);

  g_return_if_fail (ESC_IS_DATASET (self));
  g_return_if_fail (G_IS_FILE (file));

  data->file = g_object_ref (file);
  data->bytes = esc_dataset_write_for_save (self, &data->origins);
  data->etag = g_strdup (etag);
  data->flags = flags;
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_in_thread);
}

/**
 * esc_dataset_save_finish:
 * @new_etag: (out) (optional): the saved file's version, for the next save
 * @problems: (out) (optional) (transfer full) (element-type EscProblem): where a save
 *   that checked first was refused, the problems the loader found; else %NULL
 *
 * Returns: %TRUE once the file holds what the dataset was when the save began
 */
gboolean
esc_dataset_save_finish (EscDataset    *self,
                         GAsyncResult  *result,
                         char         **new_etag,
                         GPtrArray    **problems,
                         GError       **error)
{
  GTask *task = G_TASK (result);
  SaveData *data = g_task_get_task_data (task);
  g_autofree char *etag = g_task_propagate_pointer (task, error);

  if (problems != NULL)
    *problems = NULL;
  if (etag == NULL && g_task_had_error (task))
    {
      if (problems != NULL && data->problems != NULL && esc_problems_have_errors (data->problems))
        *problems = g_steal_pointer (&data->problems);
      return FALSE;
    }
  esc_dataset_commit_save (self, data->bytes, data->origins);
  if (new_etag != NULL)
    *new_etag = g_steal_pointer (&etag);
  return TRUE;
}
