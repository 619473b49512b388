/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `escrutinio --validate FILE...`: for dataset authors and their CI. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "esc-dataset.h"
#include "esc-validate-command.h"

enum {
  VALID = 0,
  INVALID = 1,
  UNREADABLE = 2,
};

static int
validate_one (const char *path,
              GString    *out)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) dataset = esc_dataset_new_from_file (file, &problems, NULL, &error);

  if (g_error_matches (error, ESC_DATASET_ERROR, ESC_DATASET_ERROR_UNREADABLE))
    {
      g_string_append_printf (out, "%s: error: %s\n", path, error->message);
      return UNREADABLE;
    }

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = esc_problem_to_string (g_ptr_array_index (problems, i), path);
      g_string_append_printf (out, "%s\n", line);
    }

  return dataset != NULL ? VALID : INVALID;
}

/* Appends every problem of every file to @out and returns the exit status: 0 when all
 * are valid (warnings allowed), 1 when one has errors, 2 when one cannot be read. */
int
esc_validate_command (const char * const *paths,
                      GString            *out)
{
  int status = VALID;

  g_return_val_if_fail (paths != NULL, UNREADABLE);
  g_return_val_if_fail (out != NULL, UNREADABLE);

  if (paths[0] == NULL)
    {
      g_string_append_printf (out, "%s\n", _("Usage: escrutinio --validate FILE…"));
      return UNREADABLE;
    }

  for (guint i = 0; paths[i] != NULL; i++)
    {
      int file_status = validate_one (paths[i], out);

      status = MAX (status, file_status);
    }

  return status;
}
