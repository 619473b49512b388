/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `escrutinio --save-as OUT [FILE]`: loads a dataset and saves it through the writer the
 * app saves with, for scripts, tests and a dataset repository's CI (a file saved once
 * is in the form the app writes, so the app's saves change only what was edited). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "esc-dataset-writer.h"
#include "esc-save-command.h"

int
esc_save_command (GVariantDict         *options,
                  const char * const   *files,
                  const EscCommandData *data,
                  GString              *out,
                  GString              *err)
{
  g_autofree char *output = NULL;
  g_autoptr(EscDataset) dataset = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int status = ESC_EXIT_OK;

  g_return_val_if_fail (options != NULL && files != NULL, ESC_EXIT_USAGE);

  if (!esc_command_require_path (options, "save-as", &output, err)
      || !esc_command_check_output_file ("save-as", output, err))
    return ESC_EXIT_USAGE;

  dataset = esc_command_load_dataset ("save-as", files[0], data, err, &status);
  if (dataset == NULL)
    return status;

  file = g_file_new_for_commandline_arg (output);
  if (!esc_dataset_save (dataset, file, NULL, &error))
    {
      g_autofree char *display = esc_command_display_path (output);

      return esc_command_usage (err, _("--%s: cannot write “%s”: %s"), "save-as", display, error->message);
    }
  return ESC_EXIT_OK;
}
