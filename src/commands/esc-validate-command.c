/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `escrutinio --validate FILE…`: for dataset authors and their CI. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "esc-dataset.h"
#include "esc-validate-command.h"

/* Problems go to @out: they are what was asked for. A file that cannot be read at all
 * goes to @err, in the same form. */
static int
validate_one (const char *path,
              GString    *out,
              GString    *err)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) dataset = NULL;

  file = g_file_new_for_commandline_arg (path);
  dataset = esc_dataset_new_from_file (file, &problems, NULL, &error);
  /* Not a file to check at all (missing, a folder, a device, a pipe): a wrong argument. */
  if (g_error_matches (error, ESC_DATASET_ERROR, ESC_DATASET_ERROR_UNREADABLE)
      || g_error_matches (error, ESC_DATASET_ERROR, ESC_DATASET_ERROR_NOT_REGULAR_FILE))
    {
      g_string_append_printf (err, "%s: error: %s\n", path, error->message);
      return ESC_EXIT_USAGE;
    }

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = esc_problem_to_string (g_ptr_array_index (problems, i), path);
      g_string_append_printf (out, "%s\n", line);
    }

  return dataset != NULL ? ESC_EXIT_OK : ESC_EXIT_DATASET_ERRORS;
}

/* Checks the files of --validate and those after it. Returns 0 when all are valid
 * (warnings allowed), 1 when one has errors, 2 when one cannot be read. */
int
esc_validate_command (GVariantDict         *options,
                      const char * const   *files,
                      const EscCommandData *data,
                      GString              *out,
                      GString              *err)
{
  g_auto(GStrv) paths = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int status = ESC_EXIT_OK;

  g_return_val_if_fail (options != NULL && files != NULL, ESC_EXIT_USAGE);
  g_return_val_if_fail (out != NULL && err != NULL, ESC_EXIT_USAGE);

  /* "--validate a.json b.json": GOption gives a.json to the option, b.json to the rest. */
  if (g_variant_dict_lookup (options, "validate", "^aay", &paths))
    g_strv_builder_addv (builder, (const char **) paths);
  g_strv_builder_addv (builder, (const char **) files);
  g_clear_pointer (&paths, g_strfreev);
  paths = g_strv_builder_end (builder);

  if (paths[0] == NULL)
    return esc_command_usage (err, _("--%s needs a value."), "validate");
  for (guint i = 0; paths[i] != NULL; i++)
    if (!esc_command_check_value ("validate", paths[i], err))
      return ESC_EXIT_USAGE;

  for (guint i = 0; paths[i] != NULL; i++)
    {
      int file_status = validate_one (paths[i], out, err);

      status = MAX (status, file_status);
    }

  return status;
}
