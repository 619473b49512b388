/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The files a command reads and writes, checked before any work, so that a wrong path
 * is a clear message rather than a half-written folder, a hang on a device or a crash. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "esc-command.h"

/* The problem that says the file is not a dataset at all (not text, not an object, not
 * this format), rather than a dataset with mistakes: for --export that is a wrong
 * argument, not a dataset to fix. */
static const EscProblem *
find_not_a_dataset (GPtrArray *problems)
{
  static const char * const codes[] = {
    "empty", "too-large", "invalid-utf8", "not-an-object", "unsupported-format", NULL
  };

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const EscProblem *problem = g_ptr_array_index (problems, i);

      if (g_strv_contains (codes, problem->code)
          || (g_str_equal (problem->code, "missing-member") && g_str_equal (problem->path, "$.format")))
        return problem;
    }
  return NULL;
}

static void
append_problems (GString    *err,
                 const char *file,
                 GError     *error,
                 GPtrArray  *problems)
{
  g_string_append_printf (err, "%s: %s\n", file != NULL ? file : "default", error->message);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = esc_problem_to_string (g_ptr_array_index (problems, i), file);

      g_string_append_printf (err, "%s\n", line);
    }
}

/* The dataset of @file, or the built-in one when @file is NULL. On failure, appends why
 * to @err and sets @status: ESC_EXIT_DATASET_ERRORS for a dataset with errors,
 * ESC_EXIT_USAGE for a file that is not one. */
EscDataset *
esc_command_load_dataset (const char           *option,
                          const char           *file,
                          const EscCommandData *data,
                          GString              *err,
                          int                  *status)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  const EscProblem *not_a_dataset;
  EscDataset *dataset;

  g_return_val_if_fail (file != NULL || data->default_dataset != NULL, NULL);

  if (file == NULL)
    dataset = esc_dataset_new_from_bytes (data->default_dataset, &problems, NULL, &error);
  else
    {
      g_autoptr(GFile) gfile = g_file_new_for_commandline_arg (file);

      /* The loader refuses a folder, a device or a pipe before reading a byte. */
      dataset = esc_dataset_new_from_file (gfile, &problems, NULL, &error);
    }

  if (dataset != NULL)
    return dataset;

  display = file != NULL ? esc_command_display_path (file) : NULL;
  if (!g_error_matches (error, ESC_DATASET_ERROR, ESC_DATASET_ERROR_INVALID))
    *status = esc_command_usage (err, _("--%s: cannot read the dataset “%s”: %s"), option, display, error->message);
  else if (file != NULL && (not_a_dataset = find_not_a_dataset (problems)) != NULL)
    *status = esc_command_usage (err, _("--%s: “%s” is not an Escrutinio dataset: %s"), option, display,
                                 not_a_dataset->message);
  else
    {
      append_problems (err, file, error, problems);
      *status = ESC_EXIT_DATASET_ERRORS;
    }
  return NULL;
}

/* Whether a file can be made in @folder. access() answers from the mode bits, which do
 * not stop root, and not for file systems such as sysfs: only trying tells. */
static gboolean
can_write_in (const char *folder,
              int        *error_number)
{
  g_autofree char *probe = g_build_filename (folder, ".escrutinio-XXXXXX", NULL);
  int fd = g_mkstemp_full (probe, O_WRONLY, 0600);

  if (fd < 0)
    {
      *error_number = errno;
      return FALSE;
    }
  close (fd);
  g_unlink (probe);
  return TRUE;
}

static gboolean
check_writable (const char *option,
                const char *folder,
                GString    *err)
{
  int error_number = 0;
  g_autofree char *display = NULL;

  if (can_write_in (folder, &error_number))
    return TRUE;
  display = esc_command_display_path (folder);
  esc_command_usage (err, _("--%s: cannot write in the folder “%s”: %s."), option, display, g_strerror (error_number));
  return FALSE;
}

/* For an output that does not exist yet: its folder must, and take files. */
static gboolean
check_parent (const char *option,
              const char *path,
              GString    *err)
{
  g_autofree char *parent = g_path_get_dirname (path);
  g_autofree char *display = esc_command_display_path (path);
  g_autofree char *parent_display = esc_command_display_path (parent);
  GStatBuf buf;

  if (g_stat (parent, &buf) != 0)
    {
      if (errno == ENOENT)
        esc_command_usage (err, _("--%s: cannot write “%s”: the folder “%s” does not exist."), option, display, parent_display);
      else
        esc_command_usage (err, _("--%s: cannot write “%s”: %s."), option, display, g_strerror (errno));
      return FALSE;
    }
  if (!S_ISDIR (buf.st_mode))
    {
      esc_command_usage (err, _("--%s: cannot write “%s”: “%s” is not a folder."), option, display, parent_display);
      return FALSE;
    }
  return check_writable (option, parent, err);
}

/* An output that exists must be of the kind asked for and take what is written; one
 * that does not must have a folder that takes files. Nothing is made yet, so a later
 * mistake leaves nothing behind. */
static gboolean
check_output (const char *option,
              const char *path,
              gboolean    folder,
              GString    *err)
{
  g_autofree char *display = esc_command_display_path (path);
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    {
      if (errno == ENOENT)
        return check_parent (option, path, err);
      esc_command_usage (err, _("--%s: cannot write “%s”: %s."), option, display, g_strerror (errno));
      return FALSE;
    }

  if (folder && S_ISDIR (buf.st_mode))
    return check_writable (option, path, err);
  if (folder)
    esc_command_usage (err, _("--%s: “%s” is a file, but a folder is needed here."), option, display);
  else if (S_ISDIR (buf.st_mode))
    esc_command_usage (err, _("--%s: “%s” is a folder, but a file is needed here."), option, display);
  else if (!S_ISREG (buf.st_mode))
    esc_command_usage (err, _("--%s: “%s” is not a regular file."), option, display);
  else if (g_access (path, W_OK) != 0)
    esc_command_usage (err, _("--%s: cannot write “%s”: %s."), option, display, g_strerror (errno));
  else
    return TRUE;
  return FALSE;
}

/* A folder to write into: one that takes files, or one that can be made. */
gboolean
esc_command_check_output_folder (const char *option,
                                 const char *path,
                                 GString    *err)
{
  g_return_val_if_fail (option != NULL && path != NULL && err != NULL, FALSE);

  return check_output (option, path, TRUE, err);
}

/* A file to write: a regular file that can be replaced, or a new one. */
gboolean
esc_command_check_output_file (const char *option,
                               const char *path,
                               GString    *err)
{
  g_return_val_if_fail (option != NULL && path != NULL && err != NULL, FALSE);

  return check_output (option, path, FALSE, err);
}

/* Makes the folder esc_command_check_output_folder() allowed, once the work can start. */
gboolean
esc_command_make_folder (const char *path,
                         GString    *err)
{
  g_autofree char *display = NULL;
  int error_number;

  if (g_mkdir (path, 0755) == 0 || (errno == EEXIST && g_file_test (path, G_FILE_TEST_IS_DIR)))
    return TRUE;
  error_number = errno;
  display = esc_command_display_path (path);
  g_string_append_printf (err, _("Could not create “%s”: %s\n"), display, g_strerror (error_number));
  return FALSE;
}
